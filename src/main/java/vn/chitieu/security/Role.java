package vn.chitieu.security;

public enum Role {
    LANH_DAO("Lãnh đạo"),
    CAN_BO("Cán bộ"),
    QUAN_TRI("Quản trị"),
    /** The wall screen: reads the dashboard, changes nothing. */
    TRINH_CHIEU("Trình chiếu");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    String authority() {
        return "ROLE_" + name();
    }
}

package vn.chitieu.orgunit;

/** Levels of the administrative and Party hierarchy that reports are made for. */
public enum OrgUnitKind {
    TINH("Tỉnh"),
    THANH_PHO("Thành phố"),
    PHUONG("Phường"),
    XA("Xã"),
    KHOI_PHO("Khối phố"),
    TO_DAN_PHO("Tổ dân phố");

    private final String label;

    OrgUnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

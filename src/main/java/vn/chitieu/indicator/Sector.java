package vn.chitieu.indicator;

/** The five sectors (lĩnh vực), declared in the order the resolutions list them. */
public enum Sector {
    XAY_DUNG_DANG("Xây dựng Đảng và hệ thống chính trị"),
    KINH_TE("Kinh tế"),
    VAN_HOA_XA_HOI("Văn hóa - Xã hội"),
    MOI_TRUONG("Môi trường"),
    QUOC_PHONG_AN_NINH("Quốc phòng - An ninh");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sector whose Vietnamese name is given, ignoring case and surrounding blanks. */
    public static Sector fromLabel(String label) {
        String wanted = label.strip();
        for (Sector sector : values()) {
            if (sector.label.equalsIgnoreCase(wanted)) {
                return sector;
            }
        }
        throw new IllegalArgumentException("Không có lĩnh vực \"" + label + "\"");
    }
}

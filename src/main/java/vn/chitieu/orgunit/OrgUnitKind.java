package vn.chitieu.orgunit;

/**
 * Levels of the administrative and Party hierarchy that reports are made for. {@link #level()} orders them from the
 * top: a unit's parent must sit on a higher level (a khối phố under a phường, never the other way round). A thành phố
 * is one level below a tỉnh because before 2025 a city could belong to a province (thành phố Tam Kỳ, tỉnh Quảng Nam);
 * Đà Nẵng, a city of its own, simply has no parent.
 */
public enum OrgUnitKind {
    TINH("Tỉnh", 0),
    THANH_PHO("Thành phố", 1),
    PHUONG("Phường", 2),
    XA("Xã", 2),
    KHOI_PHO("Khối phố", 3),
    TO_DAN_PHO("Tổ dân phố", 3),
    THON("Thôn", 3);

    private final String label;
    private final int level;

    OrgUnitKind(String label, int level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** 0 for a province; larger is lower in the tree. */
    public int level() {
        return level;
    }

    /** Whether a unit of this kind may be the parent of one of {@code child}'s kind. */
    public boolean mayContain(OrgUnitKind child) {
        return level < child.level;
    }
}

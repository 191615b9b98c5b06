package vn.chitieu.security;

/** Role names (authorities without the ROLE_ prefix), as views name them in {@code @RolesAllowed}. */
public final class Roles {

    /** Leadership: Bí thư, Chủ tịch UBND, Ban Thường vụ. Reads everything, approves periods. */
    public static final String LANH_DAO = "LANH_DAO";
    /** Staff entering figures. */
    public static final String CAN_BO = "CAN_BO";
    /** Administrator: catalogue, units and users. */
    public static final String QUAN_TRI = "QUAN_TRI";

    /** The wall screen in the ward office: read-only, signed in for days. */
    public static final String TRINH_CHIEU = "TRINH_CHIEU";

    /** {@code @PreAuthorize} expressions, so services state who may call them in one word. */
    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String ADMIN = "hasRole('QUAN_TRI')";
    public static final String STAFF_OR_ADMIN = "hasAnyRole('CAN_BO', 'QUAN_TRI')";
    /** People, not the wall screen: its account shows figures and takes no files away (reports, exports). */
    public static final String PEOPLE = "hasAnyRole('LANH_DAO', 'CAN_BO', 'QUAN_TRI')";

    private Roles() {
    }
}

package vn.chitieu.orgunit;

import org.jspecify.annotations.Nullable;

/**
 * A change to a unit that the audit log must keep: published as an application event inside the change's transaction
 * and written by the audit feature, so the record commits or fails with the change. An event rather than a call
 * because the audit feature depends (through security's accounts, which name their units) on this one.
 *
 * @param action what happened, e.g. {@link #MERGED}
 * @param unitId the unit concerned
 * @param before what it was (a name, a parent, a validity), for changes
 * @param after  what it is now
 * @param reason why, when the change follows from another (a merger)
 */
public record UnitChange(String action, long unitId, @Nullable String before, @Nullable String after,
                         @Nullable String reason) {

    public static final String ENTITY = "DON_VI";

    public static final String CREATED = "TAO_DON_VI";
    public static final String RENAMED = "DOI_TEN_DON_VI";
    public static final String MOVED = "DOI_CAP_TREN_DON_VI";
    public static final String MERGED = "HOP_NHAT_DON_VI";
    public static final String MERGED_INTO = "SAP_NHAP_VAO_DON_VI";
    public static final String ENDED = "NGUNG_HOAT_DONG_DON_VI";
    public static final String RESUMED = "HOAT_DONG_LAI_DON_VI";
    public static final String DELETED = "XOA_DON_VI";
}

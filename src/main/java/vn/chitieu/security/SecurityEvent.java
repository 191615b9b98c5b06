package vn.chitieu.security;

import org.jspecify.annotations.Nullable;

/**
 * Something the audit log must keep about accounts and sign-ins: published as an application event and written by the
 * audit feature (which depends on this one, not the other way round). Published inside an account change's
 * transaction, the record commits or fails together with the change.
 *
 * @param action    what happened, e.g. {@link #SIGN_IN_FAILED}
 * @param actor     who did it: the signed-in person, or for a sign-in the name that was typed
 * @param accountId the account concerned, when there is one
 * @param before    the account as it was (role, units, sectors), for changes
 * @param after     the account as it is now, or details such as the client address
 */
public record SecurityEvent(String action, String actor, @Nullable Long accountId, @Nullable String before,
                            @Nullable String after) {

    public static final String ENTITY = "TAI_KHOAN";

    public static final String SIGNED_IN = "DANG_NHAP";
    public static final String SIGN_IN_FAILED = "DANG_NHAP_SAI";
    public static final String LOCKED = "TAM_KHOA";
    public static final String CREATED = "TAO_TAI_KHOAN";
    public static final String CHANGED = "SUA_TAI_KHOAN";
    public static final String DISABLED = "KHOA_TAI_KHOAN";
    public static final String ENABLED = "MO_TAI_KHOAN";
    public static final String UNLOCKED = "MO_KHOA_DANG_NHAP";
    public static final String PASSWORD_RESET = "DAT_LAI_MAT_KHAU";
    public static final String PASSWORD_CHANGED = "DOI_MAT_KHAU";
    public static final String SIGNED_OUT_EVERYWHERE = "DANG_XUAT_MOI_NOI";
    public static final String SIGN_INS_REVOKED = "THU_HOI_DANG_NHAP";
    public static final String API_TOKEN_CREATED = "TAO_MA_API";
    public static final String API_TOKEN_REVOKED = "THU_HOI_MA_API";
}

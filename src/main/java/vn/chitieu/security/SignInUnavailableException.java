package vn.chitieu.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A sign-in that could not be checked because the database did not answer. Never reported as a wrong password: the
 * person would start doubting a password that is right, and could lock themselves out trying others.
 */
final class SignInUnavailableException extends AuthenticationServiceException {

    static final String MESSAGE = "Hệ thống tạm thời không truy cập được cơ sở dữ liệu nên chưa kiểm tra được đăng "
            + "nhập. Mật khẩu của bạn không sai; thử lại sau ít phút.";

    SignInUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }
}

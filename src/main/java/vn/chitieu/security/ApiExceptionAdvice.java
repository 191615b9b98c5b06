package vn.chitieu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.chitieu.base.Incident;
import vn.chitieu.base.db.ConnectionPools;
import vn.chitieu.base.db.DatabaseOutage;

/**
 * Every error of a REST API call that its controller does not answer itself, as Vietnamese JSON with its proper
 * status: 400 bad request, 403 no permission (a service's role check), 404, 405 with Allow, 413, 415, 503 when the
 * database is unreachable, 500 with an incident id (the exception goes to the log, never to the caller). Requests
 * outside /api/ are left to the screens' own error handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionAdvice {

    private final ConnectionPools pools;

    ApiExceptionAdvice(ConnectionPools pools) {
        this.pools = pools;
    }

    /** The most a request body may carry (README: 10 MB), the same as an import file and a multipart upload. */
    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                          HttpServletResponse response) throws Exception {
        requireApi(request, e);
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", e.getSupportedHttpMethods().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        ApiErrors.write(response, 405, "Địa chỉ này không nhận phương thức " + e.getMethod()
                + (e.getSupportedMethods() == null ? "" : "; dùng " + String.join(", ", e.getSupportedMethods())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
                         HttpServletResponse response) throws Exception {
        requireApi(request, e);
        ApiErrors.write(response, 415, "Không nhận kiểu nội dung " + (e.getContentType() == null ? "(trống)"
                : e.getContentType().toString()) + "; dùng " + e.getSupportedMediaTypes().stream()
                .map(Object::toString).collect(Collectors.joining(", ")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request,
                       HttpServletResponse response) throws Exception {
        requireApi(request, e);
        ApiErrors.write(response, 406, "API chỉ trả lời JSON (Accept: application/json)");
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, BodyTooLargeException.class})
    void tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        requireApi(request, e);
        ApiErrors.write(response, 413, "Tệp hoặc nội dung gửi lên quá lớn: tối đa "
                + MAX_BODY_BYTES / (1024 * 1024) + " MB");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, ServletRequestBindingException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestPartException.class,
            MultipartException.class})
    void badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        requireApi(request, e);
        if (e.getCause() instanceof BodyTooLargeException tooLarge) {
            tooLarge(tooLarge, request, response);
            return;
        }
        ApiErrors.write(response, 400, switch (e) {
            case org.springframework.web.bind.MissingServletRequestParameterException missing ->
                    "Thiếu tham số " + missing.getParameterName();
            case MissingServletRequestPartException missing -> "Thiếu phần " + missing.getRequestPartName()
                    + " của biểu mẫu (multipart)";
            case MethodArgumentTypeMismatchException mismatch -> "Giá trị của tham số " + mismatch.getName()
                    + " không hợp lệ";
            case HttpMessageNotReadableException unreadable -> "Không đọc được nội dung gửi lên";
            default -> "Yêu cầu không hợp lệ";
        });
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void notFound(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        requireApi(request, e);
        ApiErrors.write(response, 404, "Không có địa chỉ API này");
    }

    @ExceptionHandler(AccessDeniedException.class)
    void forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        requireApi(request, e);
        ApiErrors.forbidden(request, response, e);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    void unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        requireApi(request, e);
        pools.outage(e);
        String incident = Incident.record(request.getMethod() + " " + request.getRequestURI(), e);
        response.setHeader("Retry-After", "30");
        ApiErrors.write(response, 503, ApiErrors.UNAVAILABLE + " (mã sự cố " + incident + ")");
    }

    @ExceptionHandler(Exception.class)
    void internal(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        requireApi(request, e);
        if (DatabaseOutage.isOutage(e)) {
            // Spring Data JDBC wraps a lost connection in its own exception: still the database, not a bug
            unavailable(e, request, response);
            return;
        }
        String incident = Incident.record(request.getMethod() + " " + request.getRequestURI(), e);
        ApiErrors.write(response, 500, "Lỗi hệ thống, đã ghi lại với mã sự cố " + incident
                + "; báo mã này cho quản trị viên");
    }

    /** Leaves errors outside the API (none are expected: only the API has controllers) to Spring's own handling. */
    private static void requireApi(HttpServletRequest request, Exception e) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    /** A request body over {@link #MAX_BODY_BYTES}. */
    static final class BodyTooLargeException extends RuntimeException {

        BodyTooLargeException() {
            super("Nội dung gửi lên quá lớn");
        }
    }
}

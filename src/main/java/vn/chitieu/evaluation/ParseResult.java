package vn.chitieu.evaluation;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A reading, or the reasons a text could not be read, each a sentence a person can act on. */
public record ParseResult<T>(@Nullable T value, List<String> errors) {

    public ParseResult {
        errors = List.copyOf(errors);
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("either a value or errors");
        }
    }

    public static <T> ParseResult<T> ok(T value) {
        return new ParseResult<>(value, List.of());
    }

    public static <T> ParseResult<T> error(String message) {
        return new ParseResult<>(null, List.of(message));
    }

    public boolean isOk() {
        return value != null;
    }

    public T orElseThrow() {
        if (value == null) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return value;
    }

    public <R> ParseResult<R> map(Function<T, R> mapper) {
        return value == null ? new ParseResult<>(null, errors) : ok(mapper.apply(value));
    }
}

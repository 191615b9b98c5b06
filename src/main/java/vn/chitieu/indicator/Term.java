package vn.chitieu.indicator;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A congress term (nhiệm kỳ), e.g. 2020-2025. A closed term has final results; an open one is still running. */
@Table("term")
public record Term(@Id @Nullable Long id, String code, int startYear, int endYear, Status status, @Version int version) {

    public enum Status { OPEN, CLOSED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** "Nhiệm kỳ 2020-2025". */
    public String label() {
        return "Nhiệm kỳ " + code;
    }
}

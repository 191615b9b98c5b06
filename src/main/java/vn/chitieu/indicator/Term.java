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

    /** The years a figure can be reported for in this term, first to last. */
    public java.util.List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }

    /** This year if the term covers it, else the term's nearest year: what a reporting screen opens on. */
    public int yearNearest(java.time.Clock clock) {
        return Math.min(Math.max(java.time.Year.now(clock).getValue(), startYear), endYear);
    }

    /** "Nhiệm kỳ 2020-2025". */
    public String label() {
        return "Nhiệm kỳ " + code;
    }
}

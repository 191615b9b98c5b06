package vn.chitieu.datavalue;

import java.util.List;
import java.util.Map;

/** A batch not saved because some values have problems; nothing was written. */
public class EntryRejectedException extends IllegalArgumentException {

    private final transient Map<Long, List<String>> problems;

    public EntryRejectedException(Map<Long, List<String>> problems) {
        super("Chưa lưu: " + problems.size() + " chỉ tiêu cần sửa (" + problems.values().stream()
                .flatMap(List::stream).findFirst().orElse("") + ")");
        this.problems = Map.copyOf(problems);
    }

    /** The problems by indicator id. */
    public Map<Long, List<String>> problems() {
        return problems;
    }
}

package vn.chitieu.datavalue;

import java.util.List;

/** Values someone else saved after they were opened; nothing was written. */
public class ValueConflictException extends IllegalStateException {

    private final transient List<EntryService.Conflict> conflicts;

    public ValueConflictException(List<EntryService.Conflict> conflicts) {
        super("Có " + conflicts.size() + " giá trị vừa được người khác lưu: chưa lưu gì, hãy chọn giữ giá trị nào");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<EntryService.Conflict> conflicts() {
        return conflicts;
    }
}

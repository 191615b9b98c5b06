package vn.chitieu.evaluation;

import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.TermRollup.Projection;

/**
 * What the engine says of one indicator: the verdict on the figures so far and, for a running term, where it is
 * heading by the term's end. Made only by {@link Assessments#assess}.
 */
public record Assessment(Evaluation evaluation, @Nullable Projection projection) {

    public static final Assessment NONE = new Assessment(Evaluation.undecided("Chưa có số liệu", false), null);

    public Verdict verdict() {
        return evaluation.verdict();
    }

    /** Where a running term is heading; without a projection there is not enough to say. */
    public Outlook outlook() {
        return projection == null ? Outlook.CHUA_DU_DU_LIEU : projection.outlook();
    }
}

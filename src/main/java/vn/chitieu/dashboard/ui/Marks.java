package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.evaluation.Assessment;
import vn.chitieu.evaluation.TermRollup.Outlook;

/** The marks every screen of this feature puts beside a figure: its badge, and the padlock of a closed period. */
final class Marks {

    private Marks() {
    }

    /** A closed term shows its verdict; a running one where it is heading. */
    static VerdictBadge badge(Assessment assessment, boolean openTerm) {
        return VerdictBadge.of(badgeLook(assessment, openTerm));
    }

    /** The same badge's word, icon, colour and tooltip, for a line drawn in the browser. */
    static VerdictBadge.Look badgeLook(Assessment assessment, boolean openTerm) {
        var evaluation = assessment.evaluation();
        if (openTerm) {
            var projection = assessment.projection();
            return projection == null ? VerdictBadge.look(Outlook.CHUA_DU_DU_LIEU, evaluation.explanation())
                    : VerdictBadge.look(projection.outlook(), projection.explanation());
        }
        return VerdictBadge.look(evaluation.verdict(), evaluation.exceeded(), evaluation.estimate(),
                evaluation.explanation());
    }

    /** The words beside a closed period's padlock. */
    static final String LOCKED = "Đã khóa sổ";

    /** A closed period's figure: a padlock and the words, since the icon alone says nothing to a screen reader. */
    static Component locked() {
        var icon = VaadinIcon.LOCK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var mark = new Span(icon, new Span(LOCKED));
        mark.addClassName("lock-mark");
        mark.setTitle("Kỳ báo cáo đã khóa sổ: số liệu chỉ đọc");
        return mark;
    }
}

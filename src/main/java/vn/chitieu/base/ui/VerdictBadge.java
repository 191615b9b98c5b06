package vn.chitieu.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;

/**
 * A verdict or an outlook as a badge: word, icon and colour together, so it reads on a wall screen, in print and for
 * someone who cannot tell red from green. The explanation is the tooltip.
 */
public final class VerdictBadge extends Span {

    private VerdictBadge(String text, VaadinIcon icon, String tone, String explanation) {
        Icon glyph = icon.create();
        glyph.addClassName("badge-icon");
        glyph.getElement().setAttribute("aria-hidden", "true");
        add(glyph, new Span(text));
        addClassNames("verdict-badge", tone);
        setTitle(explanation);
        getElement().setAttribute("data-verdict", tone);
    }

    public static VerdictBadge of(Verdict verdict, boolean exceeded, boolean estimate, String explanation) {
        String text = verdict.label() + (exceeded ? " · vượt" : "") + (estimate ? " · ước tính" : "");
        return switch (verdict) {
            case DAT -> new VerdictBadge(text, VaadinIcon.CHECK_CIRCLE, "dat", explanation);
            case KHONG_DAT -> new VerdictBadge(text, VaadinIcon.CLOSE_CIRCLE, "khong-dat", explanation);
            case CHUA_DANH_GIA -> new VerdictBadge(text, VaadinIcon.QUESTION_CIRCLE, "chua-danh-gia", explanation);
        };
    }

    public static VerdictBadge of(Outlook outlook, String explanation) {
        return switch (outlook) {
            case DU_KIEN_DAT -> new VerdictBadge(outlook.label(), VaadinIcon.ARROW_UP, "du-kien-dat", explanation);
            case NGUY_CO_KHONG_DAT -> new VerdictBadge(outlook.label(), VaadinIcon.WARNING, "nguy-co", explanation);
            case CHUA_DU_DU_LIEU -> new VerdictBadge(outlook.label(), VaadinIcon.HOURGLASS, "chua-du", explanation);
        };
    }
}

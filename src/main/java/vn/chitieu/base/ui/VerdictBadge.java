package vn.chitieu.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;

/**
 * A verdict or an outlook as a badge: word, icon and colour together, so it reads on a wall screen, in print and for
 * someone who cannot tell red from green. The explanation is the tooltip.
 */
public final class VerdictBadge extends Span {

    /**
     * What a badge shows, for a screen that draws it in the browser rather than as components (a dashboard line):
     * the same word, icon, colour and tooltip.
     */
    public record Look(String text, VaadinIcon icon, String tone, String explanation) {

        /** The icon's name as a {@link Glyph} draws it. */
        public String glyph() {
            return Glyph.name(icon);
        }
    }

    private VerdictBadge(Look look) {
        var glyph = new Glyph(look.icon());
        glyph.addClassName("badge-icon");
        add(glyph, new Span(look.text()));
        addClassNames("verdict-badge", look.tone());
        setTitle(look.explanation());
        getElement().setAttribute("data-verdict", look.tone());
    }

    public static VerdictBadge of(Verdict verdict, boolean exceeded, boolean estimate, String explanation) {
        return new VerdictBadge(look(verdict, exceeded, estimate, explanation));
    }

    public static VerdictBadge of(Outlook outlook, String explanation) {
        return new VerdictBadge(look(outlook, explanation));
    }

    public static VerdictBadge of(Look look) {
        return new VerdictBadge(look);
    }

    public static Look look(Verdict verdict, boolean exceeded, boolean estimate, String explanation) {
        String text = verdict.label() + (exceeded ? " · vượt" : "") + (estimate ? " · ước tính" : "");
        return new Look(text, icon(verdict), tone(verdict), explanation);
    }

    public static Look look(Outlook outlook, String explanation) {
        return new Look(outlook.label(), icon(outlook), tone(outlook), explanation);
    }

    /** The icon beside a verdict's word, wherever it is shown. */
    public static VaadinIcon icon(Verdict verdict) {
        return switch (verdict) {
            case DAT -> VaadinIcon.CHECK_CIRCLE;
            case KHONG_DAT -> VaadinIcon.CLOSE_CIRCLE;
            case CHUA_DANH_GIA -> VaadinIcon.QUESTION_CIRCLE;
        };
    }

    public static VaadinIcon icon(Outlook outlook) {
        return switch (outlook) {
            case DU_KIEN_DAT -> VaadinIcon.ARROW_UP;
            case NGUY_CO_KHONG_DAT -> VaadinIcon.WARNING;
            case CHUA_DU_DU_LIEU -> VaadinIcon.HOURGLASS;
        };
    }

    /** The CSS class (and {@code data-verdict}) that colours a verdict everywhere: badges, counts, print. */
    public static String tone(Verdict verdict) {
        return switch (verdict) {
            case DAT -> "dat";
            case KHONG_DAT -> "khong-dat";
            case CHUA_DANH_GIA -> "chua-danh-gia";
        };
    }

    public static String tone(Outlook outlook) {
        return switch (outlook) {
            case DU_KIEN_DAT -> "du-kien-dat";
            case NGUY_CO_KHONG_DAT -> "nguy-co";
            case CHUA_DU_DU_LIEU -> "chua-du";
        };
    }
}

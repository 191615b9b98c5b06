package vn.chitieu.dashboard.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.dashboard.IndicatorRow;

/**
 * One indicator's line on a sector card, as the browser is given it: its number, its name (a link to the indicator's
 * page, plain on the wall screen), its target, its latest figure with period, note and padlock, and its badge. A card
 * sends its lines as one JSON property ({@link SectorLines}); an absent text is left out. Empty, never null, once read.
 *
 * @param href      the indicator page's address, empty on the wall screen (no link there)
 * @param value     the latest figure, empty when there is none ("Chưa có số liệu" is shown)
 * @param badge     the badge's word ("Dự kiến đạt", "Đạt · vượt"); its icon is hidden from screen readers, the word
 *                  is not
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record SectorLine(long indicator, String number, String name, String href, String shared, String target,
                  String targetTitle, String value, String note, String period, boolean locked, String badge,
                  String badgeIcon, String tone, String explanation) {

    SectorLine {
        number = Objects.requireNonNullElse(number, "");
        name = Objects.requireNonNullElse(name, "");
        href = Objects.requireNonNullElse(href, "");
        shared = Objects.requireNonNullElse(shared, "");
        target = Objects.requireNonNullElse(target, "");
        targetTitle = Objects.requireNonNullElse(targetTitle, "");
        value = Objects.requireNonNullElse(value, "");
        note = Objects.requireNonNullElse(note, "");
        period = Objects.requireNonNullElse(period, "");
        badge = Objects.requireNonNullElse(badge, "");
        badgeIcon = Objects.requireNonNullElse(badgeIcon, "");
        tone = Objects.requireNonNullElse(tone, "");
        explanation = Objects.requireNonNullElse(explanation, "");
    }

    /**
     * {@code link}: whether the name links to the indicator's page (not on the wall screen). A shared indicator's link
     * names the unit shown ({@code ?don-vi=}), since the indicator alone does not say whose figures to show.
     */
    static SectorLine of(IndicatorRow row, boolean openTerm, boolean link, @Nullable String unitCode) {
        VerdictBadge.Look badge = Marks.badgeLook(row.assessment(), openTerm);
        String href = link ? IndicatorView.address(row.indicatorId(), row.sharedBy() == null ? null : unitCode) : "";
        // assigned by the unit above, judged against this unit's own target where it set one
        String shared = row.sharedBy() != null ? row.sharedLabel() : "";
        // a long target is cut to a few lines (CSS), the whole text in its tooltip
        String target = row.hasTarget() ? row.targetText() : "—";
        String targetTitle = row.hasTarget() ? row.targetText() : "";
        boolean value = row.hasValue();
        return new SectorLine(row.indicatorId(), row.numberLabel(), row.name(), href, shared, target, targetTitle,
                value ? row.latestValue() : "", value && row.latestNote() != null ? row.latestNote() : "",
                value ? row.latestPeriod() + (row.latestIsEstimate() ? " · ước tính" : "") : "",
                value && row.latestLocked(), badge.text(), badge.glyph(), badge.tone(), badge.explanation());
    }

    /** The line's text as the page shows it, in the page's order. */
    String text() {
        String latest = value.isEmpty() ? "Chưa có số liệu" : value + period + (locked ? Marks.LOCKED : "");
        return Stream.of(number, name, shared, target, latest, badge).collect(Collectors.joining());
    }
}

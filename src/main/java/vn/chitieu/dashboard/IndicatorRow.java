package vn.chitieu.dashboard;

import vn.chitieu.evaluation.Assessment;
import org.jspecify.annotations.Nullable;
import vn.chitieu.indicator.Sector;

/**
 * One line of the indicator list: an indicator of one unit with its latest figure.
 *
 * @param unitName     the unit the indicator belongs to; former units carry "(cũ)" in their name
 * @param latestValue  the latest figure as entered, or null when nothing has been reported yet
 * @param latestPeriod how the latest figure's period is named ("Năm 2024", "2020-2025")
 * @param source       where the figure (or, without a figure, the target) was read
 * @param assessment   the engine's verdict and, for a running term, its projection
 * @param latestLocked the latest figure's period is closed: nobody can change it any more
 * @param latestNote   the latest figure's note ("An Xuân 12 hộ, Phước Hòa 02 hộ"), for a tooltip beside it
 * @param sharedBy     for a shared indicator (one for every unit of a kind), the unit that assigned it, or "" when
 *                     no unit did; null for the unit's own indicator
 */
public record IndicatorRow(
        long indicatorId,
        Sector sector,
        String numberLabel,
        String name,
        @Nullable String measure,
        @Nullable String targetText,
        String unitName,
        @Nullable String latestValue,
        @Nullable String latestPeriod,
        boolean latestIsEstimate,
        String source,
        Assessment assessment,
        boolean latestLocked,
        @Nullable String latestNote,
        @Nullable String sharedBy) {

    /** A unit's own indicator. */
    public IndicatorRow(long indicatorId, Sector sector, String numberLabel, String name, @Nullable String measure,
                        @Nullable String targetText, String unitName, @Nullable String latestValue,
                        @Nullable String latestPeriod, boolean latestIsEstimate, String source, Assessment assessment,
                        boolean latestLocked, @Nullable String latestNote) {
        this(indicatorId, sector, numberLabel, name, measure, targetText, unitName, latestValue, latestPeriod,
                latestIsEstimate, source, assessment, latestLocked, latestNote, null);
    }

    /** "Chỉ tiêu chung của Thành phố Đà Nẵng" for a shared indicator, else empty. */
    public String sharedLabel() {
        return sharedBy == null ? "" : sharedBy.isEmpty() ? "Chỉ tiêu chung" : "Chỉ tiêu chung của " + sharedBy;
    }

    /** The same row under another number: the running number of a list whose resolution numbered nothing. */
    public IndicatorRow withNumberLabel(String label) {
        return new IndicatorRow(indicatorId, sector, label, name, measure, targetText, unitName, latestValue,
                latestPeriod, latestIsEstimate, source, assessment, latestLocked, latestNote, sharedBy);
    }

    public boolean hasValue() {
        return latestValue != null;
    }

    /** A target of the resolution, as opposed to a figure reported without one. */
    public boolean isTarget() {
        return targetText != null && !targetText.isBlank()
                || assessment.verdict() != vn.chitieu.evaluation.Verdict.CHUA_DANH_GIA;
    }

    /** Whether the resolution sets a target for it, rather than it being a figure reported without one. */
    public boolean hasTarget() {
        return targetText != null && !targetText.isBlank();
    }

    /** "(6) Tỷ lệ hộ nghèo", or the name alone. */
    public String title() {
        return numberLabel.isEmpty() ? name : numberLabel + " " + name;
    }
}

package vn.chitieu.datavalue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.ResultReading;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.chitieu.base.Source;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.orgunit.OrgUnit;

/**
 * A figure of one indicator, for one unit and one period: the estimate (ước thực hiện) and the official figure are
 * two separate values. The text as entered is the authority; {@link #parsed()} is its reading.
 */
@Table("data_value")
public record DataValue(
        @Id @Nullable Long id,
        AggregateReference<Indicator, Long> indicatorId,
        AggregateReference<OrgUnit, Long> orgUnitId,
        @Embedded.Empty(prefix = "period_") Period period,
        boolean estimate,
        String valueText,
        @Embedded.Nullable(prefix = "value_") @Nullable ParsedValue parsed,
        @Nullable String note,
        @Nullable String reason,
        @Nullable String remedy,
        @Embedded.Nullable(prefix = "source_") @Nullable Source source,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        @Version int version) {

    public DataValue {
        if (valueText.isBlank()) {
            throw new IllegalArgumentException("Giá trị không được để trống");
        }
    }

    /** A value not yet saved; who and when are filled in by the service. */
    public static DataValue draft(long indicatorId, long orgUnitId, Period period, boolean estimate, String valueText,
                                  @Nullable ParsedValue parsed, @Nullable String note, @Nullable Source source) {
        return new DataValue(null, AggregateReference.to(indicatorId), AggregateReference.to(orgUnitId), period,
                estimate, valueText, parsed, note, null, null, source, "", Instant.EPOCH, "", Instant.EPOCH, 0);
    }

    DataValue stamped(String user, Instant time) {
        // the column keeps milliseconds; truncate here so what is saved is what is read back
        Instant now = time.truncatedTo(ChronoUnit.MILLIS);
        boolean isNew = id == null;
        return new DataValue(id, indicatorId, orgUnitId, period, estimate, valueText, parsed, note, reason, remedy,
                source, isNew ? user : createdBy, isNew ? now : createdAt, user, now, version);
    }

    public DataValue withValue(String newText, @Nullable ParsedValue newParsed, @Nullable String newNote) {
        return new DataValue(id, indicatorId, orgUnitId, period, estimate, newText, newParsed, newNote, reason, remedy,
                source, createdBy, createdAt, updatedBy, updatedAt, version);
    }

    /** The same value as the person saw it: saving it fails if anyone has saved a newer version since. */
    DataValue asSeen(int seenVersion) {
        return new DataValue(id, indicatorId, orgUnitId, period, estimate, valueText, parsed, note, reason, remedy,
                source, createdBy, createdAt, updatedBy, updatedAt, seenVersion);
    }

    /** The reason a target was missed (nguyên nhân) and the remedy (giải pháp). */
    public DataValue withExplanation(@Nullable String newReason, @Nullable String newRemedy) {
        return new DataValue(id, indicatorId, orgUnitId, period, estimate, valueText, parsed, note, newReason,
                newRemedy, source, createdBy, createdAt, updatedBy, updatedAt, version);
    }

    /** The engine's reading: the text, or where it alone is ambiguous the number confirmed when it was saved. */
    public ResultReading reading(@Nullable String unit) {
        return ReportedFigure.read(valueText, unit, estimate, parsed == null ? null : parsed.number(),
                parsed == null ? null : parsed.numerator(), parsed == null ? null : parsed.denominator(),
                parsed == null ? null : parsed.bound());
    }

    /** This value as the engine's one assessment rule takes it. */
    public ReportedFigure figure(@Nullable String unit) {
        return period.figure(estimate, reading(unit));
    }

    /** "Năm 2024 (ước tính)". */
    public String periodLabel() {
        return estimate ? period.label() + " (ước tính)" : period.label();
    }
}

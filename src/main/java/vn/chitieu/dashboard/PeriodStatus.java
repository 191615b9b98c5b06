package vn.chitieu.dashboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.datavalue.Period;

/**
 * How complete one reporting period of a unit is, and whether it is closed.
 *
 * @param missing      the indicators with no figure yet, "(n) name"
 * @param closedBy     who closed it, when closed
 * @param reopenUntil  set while a closed period is reopened for a correction
 * @param overdue      the reporting deadline has passed and figures are still missing
 */
public record PeriodStatus(Period period, int expected, int entered, List<String> missing, boolean closed,
                           @Nullable String closedBy, @Nullable Instant closedAt, @Nullable Instant reopenUntil,
                           boolean overdue) {

    public PeriodStatus {
        missing = List.copyOf(missing);
    }

    /** 0-100, rounded down: 14 of 15 is 93%, not 100%. */
    public int percent() {
        return expected == 0 ? 100 : entered * 100 / expected;
    }
}

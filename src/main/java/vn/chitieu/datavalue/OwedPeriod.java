package vn.chitieu.datavalue;

import java.time.LocalDate;

/**
 * A reporting period that has ended and still lacks figures from a unit the signed-in person reports for: what
 * "Việc của tôi" lists.
 *
 * @param expected the unit's indicators the person reports (in their sectors, if they have sectors)
 * @param entered  how many of those have a figure for the period, estimate or official
 * @param overdue  the deadline has passed
 */
public record OwedPeriod(long unitId, String unitCode, String unitName, Period period, int expected, int entered,
                         LocalDate deadline, boolean overdue) {

    public int missing() {
        return expected - entered;
    }
}

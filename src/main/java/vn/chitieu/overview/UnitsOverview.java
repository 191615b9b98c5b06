package vn.chitieu.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.UnitAggregation;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.Sector;

/**
 * A parent unit's units side by side for one term.
 *
 * @param columns    the indicators the units are compared on: shared ones first, then those only named alike
 * @param units      one line per unit, best ranked first
 * @param periods    the periods any unit has figures for, newest first
 * @param period     the period completeness and the parent's figures are counted for; null when nothing is reported
 * @param aggregates the parent's figure per column key, for {@code period}
 */
public record UnitsOverview(Unit parent, String termCode, boolean open, List<Column> columns, List<UnitLine> units,
                            List<Period> periods, @Nullable Period period,
                            Map<String, UnitAggregation.Aggregate> aggregates, Instant readAt) {

    public record Unit(long id, String code, String name) {
    }

    /**
     * An indicator the units are compared on.
     *
     * @param shared true for an indicator of the shared catalogue (one for every unit of a kind); false when the
     *               units' own indicators merely have the same name and unit of measure, which the screen says
     */
    public record Column(String key, String title, Sector sector, @Nullable String measure, boolean shared) {
    }

    /**
     * What the engine says of one unit on one indicator.
     *
     * @param figure the latest figure as entered, or null when there is none
     */
    public record Cell(Verdict verdict, Outlook outlook, boolean target, @Nullable String figure,
                       @Nullable String figurePeriod, String explanation) {

        /** For a running term, where it is heading; for a closed one, the verdict. */
        public boolean atRisk(boolean open) {
            return target && (open ? outlook == Outlook.NGUY_CO_KHONG_DAT : verdict == Verdict.KHONG_DAT);
        }
    }

    /** Targets counted by verdict (closed term) and by outlook (running term). */
    public record Counts(int targets, int dat, int khongDat, int chuaDanhGia, int duKienDat, int nguyCo,
                         int chuaDuDuLieu) {

        /** The share of targets met (or heading to be met, for a running term); what the ranking orders by. */
        public double score(boolean open) {
            return targets == 0 ? -1 : (double) (open ? duKienDat : dat) / targets;
        }

        /** "2/3 đạt · 1 không đạt", or for a running term "2 dự kiến đạt · 1 nguy cơ". */
        public String summary(boolean open) {
            return open ? duKienDat + "/" + targets + " dự kiến đạt · " + nguyCo + " nguy cơ"
                    : dat + "/" + targets + " đạt · " + khongDat + " không đạt";
        }
    }

    /**
     * @param rank     1 for the best share of targets met; equal shares share a rank; 0 for a unit without targets
     * @param entered  of the compared indicators the unit has, how many have a figure for the overview's period
     * @param expected how many of the compared indicators the unit has
     */
    public record UnitLine(Unit unit, Map<String, Cell> cells, Counts counts, int rank, int entered, int expected) {

        public Optional<Cell> cell(String columnKey) {
            return Optional.ofNullable(cells.get(columnKey));
        }
    }

    /** The units behind or heading to miss any of the given columns (all columns when none is given). */
    public List<UnitLine> atRisk(java.util.Collection<String> columnKeys) {
        return units.stream().filter(line -> line.cells().entrySet().stream()
                .anyMatch(e -> (columnKeys.isEmpty() || columnKeys.contains(e.getKey())) && e.getValue().atRisk(open)))
                .toList();
    }

    /** Whether any column is compared by name only, not on a shared indicator. */
    public boolean anyByNameOnly() {
        return columns.stream().anyMatch(c -> !c.shared());
    }
}

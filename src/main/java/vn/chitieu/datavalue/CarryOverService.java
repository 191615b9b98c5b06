package vn.chitieu.datavalue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.Source;
import vn.chitieu.base.text.Names;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.security.Roles;

/**
 * Starts a new term's catalogue from the previous one for a unit: each indicator is copied with its target as the
 * starting point, and its result for the previous term's last year becomes the new term's baseline (a figure for
 * the base year, 2025 for 2025-2030). Copying again copies nothing twice.
 * <p>
 * The baseline is the yearly figure of that last year (official before estimate); for a level in % only, failing
 * that, the figure reported for the whole term, which for a rate is where it stood at the end. A growth rate
 * averaged over the term ("%/năm") or a count summed over it is not a level at the end, and gets no baseline.
 */
@Service
public class CarryOverService {

    static final String COPIED = "Sao chép từ danh mục nhiệm kỳ ";

    private final IndicatorService indicators;
    private final DataValueService values;
    private final DataValueRepository repository;

    CarryOverService(IndicatorService indicators, DataValueService values, DataValueRepository repository) {
        this.indicators = indicators;
        this.values = values;
        this.repository = repository;
    }

    /**
     * One indicator of the previous term and what copying does with it.
     *
     * @param present  the new term already has an indicator of that name for the unit: it is left alone
     * @param baseline the figure that becomes the baseline, null when there is none
     * @param warning  what the administrator should look at: a target naming the old term's years, a closed period
     */
    public record Line(Indicator source, boolean present, @Nullable DataValue baseline, @Nullable String warning) {

        public boolean copied() {
            return !present;
        }
    }

    public record Plan(Term from, Term to, List<Line> lines) {

        public Plan {
            lines = List.copyOf(lines);
        }

        public long toCopy() {
            return lines.stream().filter(Line::copied).count();
        }

        public long baselines() {
            return lines.stream().filter(l -> l.copied() && l.baseline() != null).count();
        }
    }

    /** What copying would do; writes nothing. Without {@code withPlainFigures}, only indicators with a target. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Plan preview(String fromTerm, String toTerm, long unitId, boolean withPlainFigures) {
        Term from = indicators.requireTerm(fromTerm);
        Term to = indicators.requireTerm(toTerm);
        if (to.startYear() < from.endYear()) {
            throw new IllegalArgumentException("Nhiệm kỳ " + toTerm + " không đứng sau nhiệm kỳ " + fromTerm);
        }
        // what the unit has in the new term: its own indicators and the shared ones it received, which a copy
        // would only duplicate
        Set<String> present = indicators.catalogueOfUnit(to, unitId).stream()
                .map(i -> Names.key(i.name())).collect(java.util.stream.Collectors.toSet());
        Period base = Period.year(to.startYear());
        boolean locked = values.isLocked(unitId, base);
        List<Line> lines = new ArrayList<>();
        for (Indicator source : indicators.catalogueOfUnit(from, unitId)) {
            // the unit's own catalogue: a shared indicator is its assigning unit's to carry over
            if (source.shared() || !withPlainFigures && isBlank(source.targetText())
                    && source.parentId() == null) {
                continue;
            }
            DataValue baseline = baselineOf(source, unitId, from).orElse(null);
            List<String> warnings = new ArrayList<>();
            if (source.target() != null && source.target().horizonYear() != null
                    && source.target().horizonYear() <= from.endYear()) {
                warnings.add("Mục tiêu ghi năm " + source.target().horizonYear() + ": sửa cho nhiệm kỳ mới");
            }
            if (baseline != null && locked) {
                warnings.add("Kỳ " + base.label() + " đã khóa sổ: không ghi được số liệu cơ sở");
                baseline = null;
            }
            lines.add(new Line(source, present.contains(Names.key(source.name())), baseline,
                    warnings.isEmpty() ? null : String.join("; ", warnings)));
        }
        return new Plan(from, to, lines);
    }

    /**
     * Copies the indicators the preview would copy, each with its baseline, all or nothing. Sub-rows follow their
     * indicator.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Plan copy(String fromTerm, String toTerm, long unitId, boolean withPlainFigures) {
        Plan plan = preview(fromTerm, toTerm, unitId, withPlainFigures);
        int order = indicators.catalogueOfUnit(plan.to(), unitId).stream().mapToInt(Indicator::sortOrder).max()
                .orElse(0);
        java.util.Map<Long, Long> copiedIds = new java.util.HashMap<>();
        // parents before their sub-rows, so a sub-row can point at its copied parent
        List<Line> ordered = plan.lines().stream()
                .sorted(Comparator.comparing((Line l) -> l.source().parentId() != null)).toList();
        for (Line line : ordered) {
            if (!line.copied()) {
                continue;
            }
            Indicator source = line.source();
            Long parent = source.parentId() == null ? null : copiedIds.get(source.parentId().getId());
            Indicator copy = indicators.save(new Indicator(null, AggregateReference.to(plan.to().id()),
                    source.sector(), source.orgUnitId(), source.appliesToKind(), source.number(), source.name(),
                    source.unit(), source.responsible(), source.targetText(), stillTrue(source.target()),
                    parent == null ? null : AggregateReference.to(parent), ++order,
                    new Source(COPIED + plan.from().code(), shortened(source.sourceOrNone().label()), null),
                    Set.of(), 0));
            copiedIds.put(source.id(), copy.id());
            DataValue baseline = line.baseline();
            if (baseline != null) {
                values.save(DataValue.draft(copy.id(), unitId, Period.year(plan.to().startYear()),
                        baseline.estimate(), baseline.valueText(), baseline.parsed(),
                        "Số liệu cơ sở: kết quả " + baseline.period().label() + " của nhiệm kỳ " + plan.from().code(),
                        baseline.source()));
            }
        }
        return plan;
    }

    /** What a person stated apart from the words and still holds: not a horizon year of the old term. */
    private static @Nullable TargetForm stillTrue(@Nullable TargetForm form) {
        if (form == null || form.horizon() == null || form.horizon() == Horizon.BY_YEAR) {
            return null;
        }
        return TargetForm.horizon(form.horizon(), null);
    }

    private Optional<DataValue> baselineOf(Indicator source, long unitId, Term from) {
        List<DataValue> figures = repository.findByIndicatorId(source.id()).stream()
                .filter(v -> v.orgUnitId().getId() == unitId).toList();
        Optional<DataValue> lastYear = figures.stream()
                .filter(v -> v.period().equals(Period.year(from.endYear())))
                .min(Comparator.comparing(DataValue::estimate));
        if (lastYear.isPresent() || !isLevelInPercent(source.unit())) {
            return lastYear;
        }
        return figures.stream()
                .filter(v -> v.period().kind() == Period.Kind.SPAN && v.period().yearTo() == from.endYear())
                .min(Comparator.comparing(DataValue::estimate));
    }

    /** The old source, as the place of the copy: the column holds 255 characters. */
    private static @Nullable String shortened(String label) {
        if (label.isEmpty()) {
            return null;
        }
        return label.length() <= 255 ? label : label.substring(0, 254) + "…";
    }

    private static boolean isLevelInPercent(@Nullable String unit) {
        return unit != null && (unit.strip().equals("%") || unit.startsWith("% ") && !unit.contains("/năm"));
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}

package vn.chitieu.dataimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.ResultParser;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * Open data: a unit's catalogue, figures and plans of a term in the import's own columns, so that the file imports
 * back, into an empty database too, to the same figures, plans and verdicts. One row per stored figure (estimate and
 * official apart), the year's plan on the row of that year, a row of its own for a plan without a yearly figure and
 * for an indicator with neither. A "Trong đó" sub-row names its indicator in {@code thuoc_chi_tieu} (its number, else its
 * name), so it comes back as a sub-row.
 */
@Service
public class ExportService {

    /** The columns in the order written; every one is a column {@link ImportFile} reads. */
    public static final List<String> COLUMNS = List.of("don_vi", "nhiem_ky", "linh_vuc", "ma", "chi_tieu", "dvt",
            "muc_tieu", "chieu", "ky_han", "ky", "ket_qua", "ghi_chu", "nguyen_nhan", "giai_phap", "ke_hoach",
            "thuoc_chi_tieu");

    /** How an estimate is marked in a result, so the import reads it back as one. */
    static final String ESTIMATE = " (ước thực hiện)";

    private final IndicatorService indicators;
    private final OrgUnitService units;
    private final DataValueService values;
    private final UserService users;

    ExportService(IndicatorService indicators, OrgUnitService units, DataValueService values, UserService users) {
        this.indicators = indicators;
        this.units = units;
        this.values = values;
        this.users = users;
    }

    /**
     * The rows of one unit's term, each a map from {@link #COLUMNS} to the cell as the import reads it.
     *
     * @param unit the unit's code or name
     * @throws IllegalArgumentException no such term or unit, said in Vietnamese
     * @throws org.springframework.security.access.AccessDeniedException a unit outside the person's reach, or the wall
     *                                                                   screen's account, which takes no files away
     */
    @PreAuthorize(Roles.PEOPLE)
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(String termCode, String unit) {
        Term term = indicators.requireTerm(termCode);
        OrgUnit found = units.findAll().stream()
                .filter(u -> u.code().equalsIgnoreCase(unit.strip()) || u.name().equalsIgnoreCase(unit.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Không có đơn vị \"" + unit + "\"; "
                        + "xem mã các đơn vị ở /api/v1/units"));
        long unitId = users.requireReadable(Objects.requireNonNull(found.id()));
        List<Map<String, String>> rows = new ArrayList<>();
        // the unit's own catalogue and the shared indicators as they apply to it (its own target, if set): one unit's
        // rows, never the country's catalogue
        List<Indicator> ofUnit = indicators.indicatorsOfUnit(term, unitId);
        Map<Long, Indicator> byId = new java.util.HashMap<>();
        ofUnit.forEach(i -> byId.put(i.id(), i));
        for (Indicator indicator : ofUnit) {
            boolean own = indicator.orgUnitId() != null && indicator.orgUnitId().getId() == unitId;
            List<DataValue> figures = values.historyOf(Objects.requireNonNull(indicator.id()), unitId).stream()
                    .sorted(Comparator.comparing(DataValue::period).thenComparing(DataValue::estimate)).toList();
            if (!own && figures.isEmpty()) {
                continue;
            }
            Indicator parent = indicator.parentId() == null ? null : byId.get(indicator.parentId().getId());
            String parentRef = parent == null ? "" : parent.number() != null ? parent.number() : parent.name();
            rowsOf(indicator, term, found, figures).forEach(row -> {
                row.put("thuoc_chi_tieu", parentRef);
                rows.add(row);
            });
        }
        return rows;
    }

    private List<Map<String, String>> rowsOf(Indicator indicator, Term term, OrgUnit unit, List<DataValue> figures) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<AnnualPlan> plans = indicator.plans().stream().sorted(Comparator.comparingInt(AnnualPlan::year)).toList();
        List<Integer> planned = new ArrayList<>();
        for (DataValue figure : figures) {
            Map<String, String> row = catalogue(indicator, term, unit);
            row.put("ky", figure.period().code());
            row.put("ket_qua", resultOf(indicator, figure));
            row.put("ghi_chu", text(figure.note()));
            row.put("nguyen_nhan", text(figure.reason()));
            row.put("giai_phap", text(figure.remedy()));
            int year = figure.period().yearTo();
            if (figure.period().equals(Period.year(year)) && !planned.contains(year)) {
                indicator.planOf(year).ifPresent(p -> {
                    row.put("ke_hoach", p.text());
                    planned.add(year);
                });
            }
            rows.add(row);
        }
        for (AnnualPlan plan : plans) {
            if (!planned.contains(plan.year())) {
                Map<String, String> row = catalogue(indicator, term, unit);
                row.put("ky", Period.year(plan.year()).code());
                row.put("ke_hoach", plan.text());
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            // the indicator alone, with its target: a row for the whole term, with no result
            Map<String, String> row = catalogue(indicator, term, unit);
            row.put("ky", term.code());
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> Period.parse(r.get("ky"))));
        return rows;
    }

    /** The indicator's columns, and every other column empty. */
    private static Map<String, String> catalogue(Indicator indicator, Term term, OrgUnit unit) {
        Map<String, String> row = new LinkedHashMap<>();
        COLUMNS.forEach(c -> row.put(c, ""));
        row.put("don_vi", unit.name());
        row.put("nhiem_ky", term.code());
        row.put("linh_vuc", indicator.sector().label());
        row.put("ma", text(indicator.number()));
        row.put("chi_tieu", indicator.name());
        row.put("dvt", text(indicator.unit()));
        row.put("muc_tieu", text(indicator.targetText()));
        stated(indicator, row);
        return row;
    }

    /**
     * The direction and horizon a person stated apart from the target's words ({@code chieu}, {@code ky_han}), where
     * the words alone read otherwise: without them the import would read the same text another way.
     */
    private static void stated(Indicator indicator, Map<String, String> row) {
        TargetForm form = indicator.target();
        if (form == null) {
            return;
        }
        if (indicator.targetText() == null || indicator.targetText().isBlank()) {
            row.put("chieu", form.countsAllUnits() ? "ratio_of_units" : "");
            return;
        }
        TargetReading words = Targets.read(indicator.targetText(), indicator.unit(), indicator.name(), null, null, null)
                .value();
        if (words == null) {
            return;
        }
        if (form.comparator() != null && form.comparator() != words.comparator()
                && form.comparator() != vn.chitieu.evaluation.Comparator.BETWEEN) {
            row.put("chieu", form.comparator().symbol());
        }
        if (form.horizon() != null && (form.horizon() != words.horizon()
                || !Objects.equals(form.horizonYear(), words.horizonYear()))) {
            row.put("ky_han", TargetForm.horizonColumn(form.horizon(), form.horizonYear()));
        }
    }

    /** The figure as entered; an estimate whose words do not say so is marked, so the import reads an estimate. */
    private static String resultOf(Indicator indicator, DataValue figure) {
        String text = figure.valueText();
        if (!figure.estimate()) {
            return text;
        }
        var reading = ResultParser.parse(text, indicator.unit(), IndicatorService.targetReading(indicator)).value();
        return reading != null && reading.estimate() ? text : text + ESTIMATE;
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}

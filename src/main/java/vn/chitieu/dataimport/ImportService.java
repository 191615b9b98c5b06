package vn.chitieu.dataimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.Source;
import vn.chitieu.base.text.Csv;
import vn.chitieu.dataimport.ImportPreview.Action;
import vn.chitieu.dataimport.ImportPreview.CellError;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Comparator;
import vn.chitieu.evaluation.Evaluation;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.evaluation.ResultParser;
import vn.chitieu.evaluation.ResultReading;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.evaluation.Assessments;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import vn.chitieu.security.AccessScope;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * Imports figures from a CSV or XLSX file in two steps: a preview that reads and judges every row and writes
 * nothing, and a commit that writes all rows or none, in one transaction. Re-importing the same file changes
 * nothing. Rows naming a unit or an indicator that does not exist yet are judged all the same; commit creates them
 * for an administrator and refuses them for staff.
 */
@Service
public class ImportService {

    private final IndicatorService indicators;
    private final OrgUnitService units;
    private final DataValueService values;

    private final UserService users;

    ImportService(IndicatorService indicators, OrgUnitService units, DataValueService values, UserService users) {
        this.users = users;
        this.indicators = indicators;
        this.units = units;
        this.values = values;
    }

    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] content, String fileName) {
        return plan(content, fileName, false).preview();
    }

    /**
     * Writes every row, or none when any row has an error.
     *
     * @throws ImportRejectedException with the preview and its errors; nothing has been written
     * @throws ImportConflictException another import created one of this file's new indicators or units meanwhile;
     *                                 nothing has been written
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional(rollbackFor = Exception.class)
    public ImportPreview commit(byte[] content, String fileName) {
        Plan plan = plan(content, fileName, true);
        if (!plan.denied().isEmpty()) {
            throw new AccessDeniedException("Tài khoản của bạn không được ghi số liệu của đơn vị ở dòng "
                    + String.join(", ", plan.denied()) + "; không dòng nào được ghi");
        }
        if (plan.preview().hasErrors()) {
            throw new ImportRejectedException(plan.preview());
        }
        try {
            apply(plan, fileName);
        } catch (org.springframework.dao.DataAccessException e) {
            if (ImportConflictException.isConcurrentWrite(e)) {
                throw new ImportConflictException(e);
            }
            throw e;
        }
        return plan.preview();
    }

    /** A row checked and resolved: what commit will write. */
    private record Planned(int line, String unitKey, @Nullable OrgUnit unit, String unitName, Term term,
                           Sector sector, String indicatorKey, @Nullable Indicator indicator, @Nullable String code,
                           String name, @Nullable String measure, String targetText, TargetForm stated,
                           @Nullable Period period, String result, boolean estimate, @Nullable String note,
                           @Nullable String reason, @Nullable String remedy, Action action,
                           @Nullable DataValue existing, @Nullable AnnualPlan plan, @Nullable Action planAction,
                           @Nullable String parentKey) {
    }

    /** @param denied rows for units outside the person's own, which make a commit a refusal (403), not a 422 */
    private record Plan(ImportPreview preview, List<Planned> rows, List<String> denied) {
    }

    private Plan plan(byte[] content, String fileName, boolean forCommit) {
        ImportFile.Content file = ImportFile.read(content, fileName);
        if (!file.errors().isEmpty()) {
            return new Plan(new ImportPreview(List.of(), file.errors()), List.of(), List.of());
        }
        boolean admin = CurrentUser.hasRole(Roles.QUAN_TRI);
        Map<String, Term> terms = new HashMap<>();
        indicators.terms().forEach(t -> terms.put(t.code(), t));
        List<OrgUnit> allUnits = units.findAll();
        // each unit's catalogue of a term, deactivated indicators too (a re-import finds them), read once
        Map<String, List<Indicator>> catalogues = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        AccessScope scope = users.currentScope();
        Map<String, FileIndicator> inFile = fileIndicators(file.rows());

        for (Csv.Row row : file.rows()) {
            int line = row.line();
            List<CellError> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();

            String unitName = row.get("don_vi");
            OrgUnit unit = null;
            if (unitName.isEmpty()) {
                errors.add(new CellError(line, "don_vi", "để trống; ghi tên hoặc mã đơn vị, ví dụ \"Phường Tam Kỳ\""));
            } else {
                unit = allUnits.stream().filter(u -> same(u.code(), unitName) || same(u.name(), unitName))
                        .findFirst().orElse(null);
                if (unit == null) {
                    warnings.add("Đơn vị \"" + unitName + "\" chưa có: khi ghi sẽ tạo mới");
                    if (forCommit && !admin) {
                        errors.add(new CellError(line, "don_vi", "đơn vị \"" + unitName + "\" chưa có trong hệ thống; "
                                + "chỉ quản trị được tạo đơn vị mới. Kiểm tra lại tên hoặc nhờ quản trị thêm"));
                    }
                }
            }

            if (unit != null && !scope.coversUnit(unit.id())) {
                denied.add(line + " (" + unit.name() + ")");
            }

            Term term = terms.get(row.get("nhiem_ky"));
            if (term == null) {
                errors.add(new CellError(line, "nhiem_ky", "\"" + row.get("nhiem_ky") + "\" không phải nhiệm kỳ nào; "
                        + "dùng một trong: " + String.join(", ", terms.keySet().stream().sorted().toList())));
            }

            Sector sector = sector(row.get("linh_vuc"));
            if (sector == null) {
                errors.add(new CellError(line, "linh_vuc", "\"" + row.get("linh_vuc") + "\" không phải lĩnh vực; dùng: "
                        + String.join("; ", java.util.Arrays.stream(Sector.values()).map(Sector::label).toList())));
            }

            String name = row.get("chi_tieu");
            if (name.isEmpty()) {
                errors.add(new CellError(line, "chi_tieu", "để trống; ghi tên chỉ tiêu như trong Nghị quyết"));
            }
            String measure = row.get("dvt").isEmpty() ? null : row.get("dvt");
            String code = row.get("ma").isEmpty() ? null : row.get("ma").replaceAll("[()]", "").strip();

            Period period = null;
            try {
                period = Period.parse(row.get("ky"));
                if (term != null && (period.yearFrom() < term.startYear() || period.yearTo() > term.endYear())) {
                    errors.add(new CellError(line, "ky", "kỳ " + period.label() + " nằm ngoài nhiệm kỳ " + term.code()));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new CellError(line, "ky", e.getMessage()));
            }

            TargetForm stated = TargetForm.UNKNOWN;
            try {
                stated = TargetForm.stated(row.get("chieu"), row.get("ky_han"), row.get("muc_tieu"));
            } catch (IllegalArgumentException e) {
                errors.add(new CellError(line, e.getMessage().startsWith("Kỳ hạn") ? "ky_han" : "chieu",
                        e.getMessage()));
            }
            Comparator direction = stated.comparator();

            // the indicator: by its number, else by its name, among the unit's indicators of the term
            Indicator indicator = null;
            if (unit != null && term != null && !name.isEmpty()) {
                OrgUnit u = unit;
                Term t = term;
                List<Indicator> ofUnit = catalogues.computeIfAbsent(u.id() + "@" + t.id(),
                        k -> scope.canRead(u.id()) ? indicators.catalogueOfUnit(t, u.id()) : List.of());
                indicator = ofUnit.stream().filter(i -> !i.shared())
                        .filter(i -> code != null ? code.equals(i.number()) : same(i.name(), name))
                        .findFirst().orElse(null);
                if (indicator == null && code == null) {
                    // a shared indicator assigned to the unit (by name: shared ones carry no number), with the
                    // unit's own target where it has one
                    indicator = ofUnit.stream().filter(i -> i.shared() && i.parentId() == null)
                            .filter(i -> same(i.name(), name)).findFirst().orElse(null);
                }
            }
            if (indicator == null && !name.isEmpty()) {
                warnings.add("Chỉ tiêu \"" + name + "\" chưa có" + (unit == null ? "" : " ở " + unit.name())
                        + ": khi ghi sẽ tạo mới");
                if (forCommit && !admin) {
                    errors.add(new CellError(line, code != null ? "ma" : "chi_tieu", "chỉ tiêu chưa có trong danh mục; "
                            + "chỉ quản trị được tạo chỉ tiêu mới. Kiểm tra lại mã, tên chỉ tiêu hoặc nhờ quản trị"));
                }
            }

            // the target: the catalogue's, when the indicator exists; the file's otherwise
            String targetText = row.get("muc_tieu");
            String unitForReading = indicator != null ? indicator.unit() : measure;
            TargetReading target = null;
            boolean countsAllUnits = false;
            if (indicator != null && indicator.targetText() != null) {
                if (!targetText.isEmpty() && !sameText(targetText, indicator.targetText())) {
                    warnings.add("Mục tiêu trong tệp \"" + targetText + "\" khác danh mục \"" + indicator.targetText()
                            + "\": đánh giá theo danh mục, danh mục không đổi");
                }
                targetText = indicator.targetText();
                target = IndicatorService.targetReading(indicator);
                countsAllUnits = indicator.target() != null && indicator.target().countsAllUnits();
            } else if (!targetText.isEmpty()) {
                ParseResult<TargetReading> reading = Targets.read(targetText, measure, name, direction,
                        stated.horizon(), stated.horizonYear());
                if (reading.isOk()) {
                    target = reading.orElseThrow();
                } else {
                    reading.errors().forEach(e -> errors.add(new CellError(line, "muc_tieu", e)));
                }
            } else if (indicator != null && indicator.target() != null) {
                countsAllUnits = indicator.target().countsAllUnits();
            } else {
                countsAllUnits = stated.countsAllUnits();
            }

            String result = row.get("ket_qua");
            ResultReading reading = null;
            if (!result.isEmpty()) {
                ParseResult<ResultReading> parsed = ResultParser.parse(result, unitForReading, target);
                if (parsed.isOk()) {
                    reading = parsed.orElseThrow();
                } else {
                    parsed.errors().forEach(e -> errors.add(new CellError(line, "ket_qua", e)));
                }
            }
            boolean estimate = reading != null && reading.estimate();

            String reason = row.get("nguyen_nhan");
            String remedy = row.get("giai_phap");
            // the one door every writer passes: the same checks as the entry sheet, on the catalogue's indicator;
            // for one this file creates, or one the catalogue has no target for, with the file's target, as the
            // preview judges it
            Indicator judged = term == null || sector == null || name.isEmpty() ? null
                    : indicator != null && (indicator.targetText() != null || targetText.isEmpty()) ? indicator
                    : new Indicator(indicator == null ? null : indicator.id(), AggregateReference.to(term.id()),
                    sector, unit == null ? null : AggregateReference.to(unit.id()),
                    unit == null ? kindOf(unitName) : null, code, name, measure, null,
                    targetText.isEmpty() ? null : targetText, stated, null, 0, null, Set.of(), 0);
            // a unit the file would create is the administrator's alone, which the commit already says for staff
            if (reading != null && period != null && judged != null && (unit != null || admin)) {
                for (String refusal : values.refusals(judged, unit == null ? 0 : unit.id(), period, result,
                        row.get("ghi_chu").isEmpty() ? null : row.get("ghi_chu"), reason, remedy)) {
                    errors.add(new CellError(line, columnOf(refusal), lowerFirst(refusal)));
                }
            }

            String unitKey = unit != null ? "id:" + unit.id() : "new:" + key(unitName);
            String indicatorKey = indicator != null ? "id:" + indicator.id()
                    : "new:" + unitKey + "|" + (term == null ? "" : term.code()) + "|" + key(code != null ? code : name);

            // a "Trong đó" sub-row: its indicator, in the catalogue or created by this file
            String parentRef = row.get("thuoc_chi_tieu");
            // "(6)" as the resolution prints it is number 6, as in the ma column
            String parentNumber = parentRef.replaceAll("^\\((.*)\\)$", "$1").strip();
            String parentKey = null;
            if (!parentRef.isEmpty() && term != null && !name.isEmpty()) {
                OrgUnit u = unit;
                Indicator listed = u == null ? null : catalogues.getOrDefault(u.id() + "@" + term.id(), List.of())
                        .stream().filter(i -> !i.shared())
                        .filter(i -> parentNumber.equals(i.number()) || same(i.name(), parentRef))
                        .findFirst().orElse(null);
                String inThisFile = key(unitName) + "|" + term.code() + "|";
                FileIndicator written = inFile.getOrDefault(inThisFile + key(parentNumber),
                        inFile.get(inThisFile + key(parentRef)));
                if (listed != null && listed.parentId() == null) {
                    parentKey = "id:" + listed.id();
                } else if (listed == null && written != null && !written.isSubRow()) {
                    parentKey = "new:" + unitKey + "|" + term.code() + "|" + key(written.ownKey());
                } else if (listed != null || written != null) {
                    errors.add(new CellError(line, "thuoc_chi_tieu", "\"" + parentRef + "\" là một dòng \"Trong đó\"; "
                            + "ghi mã hoặc tên của chỉ tiêu chính"));
                } else {
                    errors.add(new CellError(line, "thuoc_chi_tieu", "không có chỉ tiêu \"" + parentRef + "\" của "
                            + unitName + " nhiệm kỳ " + term.code() + " trong danh mục hay trong tệp; ghi mã hoặc tên "
                            + "của chỉ tiêu chính"));
                }
                if (indicator != null && parentKey != null && (indicator.parentId() == null
                        || !parentKey.equals("id:" + indicator.parentId().getId()))) {
                    warnings.add("Chỉ tiêu \"" + name + "\" trong danh mục không thuộc \"" + parentRef
                            + "\": danh mục không đổi");
                }
            }

            // the year's plan: read and checked by the one plan check the catalogue form asks too
            String planText = row.get("ke_hoach");
            AnnualPlan plan = null;
            String planReading = null;
            Action planAction = null;
            if (!planText.isEmpty() && period != null && judged != null) {
                if (period.yearFrom() != period.yearTo()) {
                    errors.add(new CellError(line, "ky", "kế hoạch năm cần kỳ là một năm (ví dụ " + period.yearTo()
                            + "), không phải " + period.label()));
                } else {
                    IndicatorService.PlanCheck check = indicators.checkPlan(judged, period.yearTo(), planText);
                    check.refusals().forEach(r -> errors.add(new CellError(line, "ke_hoach", lowerFirst(r))));
                    plan = check.plan();
                    planReading = check.reading();
                    Integer earlier = seen.putIfAbsent(indicatorKey + "|ke_hoach|" + period.yearTo(), line);
                    if (earlier != null) {
                        errors.add(new CellError(line, "ke_hoach", "trùng với dòng " + earlier + " (cùng chỉ tiêu, "
                                + "cùng kế hoạch năm " + period.yearTo() + ")"));
                    }
                    AnnualPlan before = indicator == null ? null : indicator.planOf(period.yearTo()).orElse(null);
                    planAction = before == null ? Action.THEM : before.sameAs(plan) ? Action.GIU_NGUYEN : Action.SUA;
                }
            }
            String note = row.get("ghi_chu").isEmpty() ? null : row.get("ghi_chu");
            Action action = Action.KHONG_CO_KET_QUA;
            DataValue existing = null;
            if (!result.isEmpty() && period != null) {
                String valueKey = indicatorKey + "|" + period.code() + "|" + estimate;
                Integer earlier = seen.putIfAbsent(valueKey, line);
                if (earlier != null) {
                    errors.add(new CellError(line, "ky", "trùng với dòng " + earlier + " (cùng đơn vị, chỉ tiêu, kỳ và "
                            + (estimate ? "cùng là số ước tính" : "cùng là số chính thức") + ")"));
                }
                existing = indicator == null || unit == null ? null
                        : values.find(indicator.id(), unit.id(), period, estimate).orElse(null);
                action = existing == null ? Action.THEM
                        : existing.valueText().equals(result) && java.util.Objects.equals(existing.note(), note)
                        ? Action.GIU_NGUYEN : Action.SUA;
            }

            Evaluation evaluation = reading == null
                    ? Evaluation.undecided(result.isEmpty() ? "Dòng không có kết quả" : "Kết quả chưa đọc được", false)
                    : Assessments.judgeFigure(target, reading, unitForReading, countsAllUnits);
            rows.add(new ImportPreview.Row(line, code == null ? "" : code, name, unitName,
                    period == null ? row.get("ky") : period.label(), targetText,
                    target == null ? null : target.describe(), result,
                    reading == null ? null : reading.describe(unitForReading), evaluation.verdict(),
                    evaluation.exceeded(), evaluation.estimate(), evaluation.explanation(), action, planText,
                    planReading, planAction, errors, warnings));
            if (errors.isEmpty() && term != null && sector != null) {
                planned.add(new Planned(line, unitKey, unit, unitName, term, sector, indicatorKey, indicator, code,
                        name, measure, targetText, stated, period, result, estimate, note, blankToNull(reason),
                        blankToNull(remedy), action, existing, plan, planAction,
                        indicator == null ? parentKey : null));
            }
        }
        return new Plan(new ImportPreview(rows, List.of()), planned, denied);
    }

    private void apply(Plan plan, String fileName) {
        Map<String, OrgUnit> newUnits = new LinkedHashMap<>();
        Map<String, Indicator> newIndicators = new LinkedHashMap<>();
        Set<String> codes = new java.util.HashSet<>(units.findAll().stream().map(OrgUnit::code).toList());
        // indicators before their "Trong đó" rows, whatever the file's order (the sort is stable)
        for (Planned row : plan.rows().stream().sorted(java.util.Comparator.comparing(r -> r.parentKey() != null))
                .toList()) {
            OrgUnit unit = row.unit() != null ? row.unit() : newUnits.computeIfAbsent(row.unitKey(), k -> {
                String code = uniqueCode(row.unitName(), codes);
                return units.save(OrgUnit.create(code, row.unitName(), kindOf(row.unitName())));
            });
            Indicator indicator = row.indicator() != null ? row.indicator()
                    : newIndicators.computeIfAbsent(row.indicatorKey(), k -> indicators.save(new Indicator(null,
                    AggregateReference.to(row.term().id()), row.sector(), AggregateReference.to(unit.id()), null,
                    row.code(), row.name(), row.measure(), null, row.targetText().isEmpty() ? null : row.targetText(),
                    row.stated(), parentOf(row.parentKey(), newIndicators), 5000 + row.line(),
                    new Source("Nhập từ tệp " + fileName, "dòng " + row.line(), null), Set.of(), 0)));
            if (row.plan() != null && row.planAction() != Action.GIU_NGUYEN) {
                indicators.savePlan(indicator.id(), row.plan().year(), row.plan().text());
            }
            if (row.action() == Action.THEM) {
                values.save(DataValue.draft(indicator.id(), unit.id(), row.period(), row.estimate(), row.result(),
                        null, row.note(), new Source("Nhập từ tệp " + fileName, "dòng " + row.line(), null))
                        .withExplanation(row.reason(), row.remedy()));
            } else if (row.action() == Action.SUA && row.existing() != null) {
                values.save(row.existing().withValue(row.result(), null, row.note())
                        .withExplanation(row.reason(), row.remedy()));
            }
        }
    }

    private static @Nullable AggregateReference<Indicator, Long> parentOf(@Nullable String parentKey,
                                                                         Map<String, Indicator> created) {
        if (parentKey == null) {
            return null;
        }
        return AggregateReference.to(parentKey.startsWith("id:") ? Long.parseLong(parentKey.substring(3))
                : java.util.Objects.requireNonNull(created.get(parentKey).id()));
    }

    /** An indicator as a row of the file names it: its own key (number, else name) and whether it is a sub-row. */
    private record FileIndicator(String ownKey, boolean isSubRow) {
    }

    /** The indicators the file's rows name, by unit, term and number and by unit, term and name. */
    private static Map<String, FileIndicator> fileIndicators(List<Csv.Row> rows) {
        Map<String, FileIndicator> found = new HashMap<>();
        for (Csv.Row row : rows) {
            String name = row.get("chi_tieu");
            if (name.isEmpty()) {
                continue;
            }
            String code = row.get("ma").replaceAll("[()]", "").strip();
            var indicator = new FileIndicator(code.isEmpty() ? name : code, !row.get("thuoc_chi_tieu").isEmpty());
            String prefix = key(row.get("don_vi")) + "|" + row.get("nhiem_ky") + "|";
            found.putIfAbsent(prefix + key(name), indicator);
            if (!code.isEmpty()) {
                found.putIfAbsent(prefix + key(code), indicator);
            }
        }
        return found;
    }

    /** The column a refusal of the door is about, so the person is sent to the right cell. */
    private static String columnOf(String refusal) {
        String r = refusal.toLowerCase(java.util.Locale.ROOT);
        return r.contains("nguyên nhân") ? "nguyen_nhan" : r.contains("khóa sổ") ? "ky" : r.contains("tổng số")
                ? "ghi_chu" : "ket_qua";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static @Nullable Sector sector(String text) {
        if (text.isBlank()) {
            return null;
        }
        for (Sector s : Sector.values()) {
            if (same(s.label(), text) || s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }

    private static OrgUnitKind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("xã")) {
            return OrgUnitKind.XA;
        }
        if (n.startsWith("thành phố")) {
            return OrgUnitKind.THANH_PHO;
        }
        if (n.startsWith("tỉnh")) {
            return OrgUnitKind.TINH;
        }
        if (n.startsWith("khối phố")) {
            return OrgUnitKind.KHOI_PHO;
        }
        if (n.startsWith("tổ dân phố")) {
            return OrgUnitKind.TO_DAN_PHO;
        }
        return OrgUnitKind.PHUONG;
    }

    /** "Phường Hòa Xuân" → "phuong-hoa-xuan", made unique among existing codes. */
    static String uniqueCode(String name, Set<String> taken) {
        String base = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String code = base.isEmpty() ? "don-vi" : base;
        for (int i = 2; taken.contains(code); i++) {
            code = base + "-" + i;
        }
        taken.add(code);
        return code;
    }

    private static String key(String text) {
        return Csv.nfc(text).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean same(@Nullable String a, String b) {
        return a != null && key(a).equals(key(b));
    }

    private static boolean sameText(String a, String b) {
        return key(a).equals(key(b));
    }
}

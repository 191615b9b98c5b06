package vn.chitieu.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.Source;
import vn.chitieu.base.text.Csv;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.ParsedValue;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.ValueBound;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.Role;
import vn.chitieu.security.UserService;

/**
 * Puts the figures of the real documents into an empty database, through the same services a person uses, in one
 * transaction: a failure leaves the database empty rather than half-filled.
 */
@Component
class DemoData {

    static final String DEMO_PASSWORD = "chitieu-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrgUnitService units;
    private final IndicatorService indicators;
    private final DataValueService values;
    private final UserService users;

    DemoData(OrgUnitService units, IndicatorService indicators, DataValueService values, UserService users) {
        this.units = units;
        this.indicators = indicators;
        this.values = values;
        this.users = users;
    }

    /** Loads the demo data when there is no unit yet; returns whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (units.count() > 0) {
            log.info("Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu");
            return false;
        }
        Map<String, OrgUnit> byCode = loadUnits();
        OrgUnit tamKy = byCode.get("tam-ky");
        Map<String, Indicator> targets = loadTargets2025(tamKy);
        int results = loadResults2020(byCode);
        int illustrative = loadIllustrative2025(tamKy, targets);
        int shared = loadShared2025(byCode);
        for (Csv.Row row : read("so_chi_tieu_chua_dat.csv")) {
            indicators.recordStatedMissed(byCode.get(row.get("don_vi")).id(), indicators.requireTerm(row.get("nhiem_ky")),
                    Integer.parseInt(row.get("chua_dat")),
                    new Source(row.get("tai_lieu"), row.get("vi_tri"), row.get("trich_dan")));
        }
        users.create("lanhdao", "Lãnh đạo (demo)", DEMO_PASSWORD, Role.LANH_DAO, tamKy.id());
        users.create("canbo", "Cán bộ (demo)", DEMO_PASSWORD, Role.CAN_BO, tamKy.id());
        users.create("quantri", "Quản trị (demo)", DEMO_PASSWORD, Role.QUAN_TRI, null);
        users.create("trinhchieu", "Màn hình trình chiếu (demo)", DEMO_PASSWORD, Role.TRINH_CHIEU, tamKy.id());
        log.info("Đã nạp dữ liệu mẫu: {} đơn vị, {} chỉ tiêu 2025-2030, {} kết quả 2020-2025, {} số liệu minh họa "
                + "2025-2026, {} số liệu minh họa của chỉ tiêu chung, 4 tài khoản demo", byCode.size(), targets.size(),
                results, illustrative, shared);
        return true;
    }

    static final String ILLUSTRATIVE = "Số liệu minh họa của bản demo, không có trong tài liệu";

    private Map<String, OrgUnit> loadUnits() {
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        for (Csv.Row row : read("don_vi.csv")) {
            Set<Long> formedFrom = row.get("hinh_thanh_tu").isEmpty() ? Set.of()
                    : java.util.Arrays.stream(row.get("hinh_thanh_tu").split(";"))
                    .map(code -> byCode.get(code.strip()).id())
                    .collect(Collectors.toSet());
            OrgUnit unit = OrgUnit.create(row.get("ma"), row.get("ten"), OrgUnitKind.valueOf(row.get("cap")))
                    .withValidity(date(row.get("hieu_luc_tu")), date(row.get("hieu_luc_den")))
                    .withNote(blankToNull(row.get("ghi_chu")))
                    .withParent(row.get("thuoc").isEmpty() ? null : byCode.get(row.get("thuoc")).id())
                    .formedFrom(formedFrom);
            byCode.put(unit.code(), units.save(unit));
        }
        return byCode;
    }

    private Map<String, Indicator> loadTargets2025(OrgUnit tamKy) {
        Term term = indicators.requireTerm("2025-2030");
        Map<String, Indicator> byNumber = new LinkedHashMap<>();
        for (Csv.Row row : read("chi_tieu_2025_2030.csv")) {
            int number = Integer.parseInt(row.get("so"));
            // the section of the resolution states the horizon apart from the target's words; the rest is read
            TargetForm form = TargetForm.horizon(Horizon.valueOf(row.get("ky_han")),
                    row.get("nam_ky_han").isEmpty() ? null : Integer.valueOf(row.get("nam_ky_han")));
            byNumber.put(row.get("so"), indicators.save(new Indicator(null, AggregateReference.to(term.id()),
                    Sector.valueOf(row.get("linh_vuc")), AggregateReference.to(tamKy.id()), null, row.get("so"),
                    row.get("chi_tieu"), blankToNull(row.get("dvt")),
                    responsibleFor(Sector.valueOf(row.get("linh_vuc"))), row.get("muc_tieu"), form, null, number,
                    source(row), Set.of(), 0)));
        }
        return byNumber;
    }

    /**
     * Figures for 2025 and estimates for 2026 so the running term's dashboard has something to draw. They are not in
     * any document: each carries "Số liệu minh họa" as its source, and none of this is loaded outside the demo.
     */
    private int loadIllustrative2025(OrgUnit tamKy, Map<String, Indicator> targets) {
        int count = 0;
        for (Csv.Row row : read("so_lieu_minh_hoa_2025_2030.csv")) {
            count++;
            values.save(DataValue.draft(targets.get(row.get("so")).id(), tamKy.id(), Period.parse(row.get("ky")),
                    "1".equals(row.get("uoc_tinh")), row.get("ket_qua"), null, null,
                    new Source(ILLUSTRATIVE, "demo/so_lieu_minh_hoa_2025_2030.csv, dòng " + (count + 1), null)));
        }
        return count;
    }

    /**
     * The city's shared indicators for its wards (2025-2030), Tam Kỳ's own target for one of them, and illustrative
     * figures of its wards for 2025 and the quarters of 2026, so the units overview of Đà Nẵng compares its wards on
     * them. Like the other illustrative figures, in no document.
     */
    private int loadShared2025(Map<String, OrgUnit> byCode) {
        Term term = indicators.requireTerm("2025-2030");
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        int order = 100;
        for (Csv.Row row : read("chi_tieu_chung_2025_2030.csv")) {
            Sector sector = Sector.valueOf(row.get("linh_vuc"));
            byKey.put(row.get("ma"), indicators.saveShared(new Indicator(null, AggregateReference.to(term.id()),
                    sector, null, OrgUnitKind.valueOf(row.get("ap_dung_cho")), null, row.get("chi_tieu"),
                    blankToNull(row.get("dvt")), responsibleFor(sector), row.get("muc_tieu"), null, null, order++,
                    new Source(ILLUSTRATIVE, "demo/chi_tieu_chung_2025_2030.csv", null), Set.of(), 0),
                    byCode.get(row.get("don_vi_giao")).id()));
        }
        for (Csv.Row row : read("muc_tieu_rieng_2025_2030.csv")) {
            indicators.setUnitTarget(byKey.get(row.get("chi_tieu")).id(), byCode.get(row.get("don_vi")).id(),
                    row.get("muc_tieu"), 0);
        }
        int count = 0;
        for (Csv.Row row : read("so_lieu_chi_tieu_chung.csv")) {
            count++;
            values.save(DataValue.draft(byKey.get(row.get("chi_tieu")).id(), byCode.get(row.get("don_vi")).id(),
                    Period.parse(row.get("ky")), false, row.get("ket_qua"), null, null,
                    new Source(ILLUSTRATIVE, "demo/so_lieu_chi_tieu_chung.csv, dòng " + (count + 1), null))
                    .withExplanation(blankToNull(row.get("nguyen_nhan")), blankToNull(row.get("giai_phap"))));
        }
        return count;
    }

    private int loadResults2020(Map<String, OrgUnit> byCode) {
        Term term = indicators.requireTerm("2020-2025");
        Map<String, Indicator> indicatorByKey = new HashMap<>();
        Map<String, DataValue> valueByKey = new LinkedHashMap<>();
        int order = 1000;
        for (Csv.Row row : read("ket_qua_2020_2025.csv")) {
            OrgUnit unit = byCode.get(row.get("don_vi"));
            String key = String.join("|", row.get("don_vi"), row.get("linh_vuc"), row.get("chi_tieu"), row.get("dvt"));
            Indicator indicator = indicatorByKey.get(key);
            if (indicator == null) {
                indicator = indicators.save(new Indicator(null, AggregateReference.to(term.id()),
                        Sector.valueOf(row.get("linh_vuc")), AggregateReference.to(unit.id()), null, null,
                        row.get("chi_tieu"), blankToNull(row.get("dvt")),
                        responsibleFor(Sector.valueOf(row.get("linh_vuc"))), blankToNull(row.get("muc_tieu")),
                        targetForm(row), null, order++, source(row), Set.of(), 0));
                indicatorByKey.put(key, indicator);
            }
            if (row.get("ket_qua").isEmpty()) {
                continue;
            }
            Period period = Period.parse(row.get("ky"));
            boolean estimate = "1".equals(row.get("uoc_tinh"));
            String valueKey = indicator.id() + "|" + period.code() + "|" + estimate;
            DataValue earlier = valueByKey.get(valueKey);
            if (earlier != null) {
                // the document gives this figure twice: keep the first, record the other beside it, never choose
                String other = "Tài liệu còn ghi: " + row.get("ket_qua") + " (" + row.get("vi_tri") + ")";
                String note = earlier.note() == null ? other : earlier.note() + "; " + other;
                valueByKey.put(valueKey, earlier.withValue(earlier.valueText(), earlier.parsed(), note));
                continue;
            }
            valueByKey.put(valueKey, DataValue.draft(indicator.id(), unit.id(), period, estimate,
                    row.get("ket_qua"), parsedValue(row), blankToNull(row.get("ghi_chu")), source(row)));
        }
        valueByKey.values().forEach(values::save);
        return valueByKey.size();
    }

    /**
     * Who reports each sector's figures in a ward: the usual division of work between the Party committee's office,
     * the People's Committee's departments and the armed forces. The documents do not say; an administrator changes it.
     */
    private static String responsibleFor(Sector sector) {
        return switch (sector) {
            case XAY_DUNG_DANG -> "Văn phòng Đảng ủy";
            case KINH_TE -> "Phòng Kinh tế";
            case VAN_HOA_XA_HOI -> "Phòng Văn hóa - Xã hội";
            case MOI_TRUONG -> "Phòng Kinh tế (hạ tầng, môi trường)";
            case QUOC_PHONG_AN_NINH -> "Ban Chỉ huy Quân sự, Công an phường";
        };
    }

    /** The seed tables state a direction apart from the target's number, as an import's {@code chieu} column. */
    private static TargetForm targetForm(Csv.Row row) {
        return TargetForm.stated(row.get("chieu"), row.get("muc_tieu"));
    }

    private static @Nullable ParsedValue parsedValue(Csv.Row row) {
        BigDecimal number = decimal(row.get("so"));
        BigDecimal numerator = decimal(row.get("tu_so"));
        BigDecimal denominator = decimal(row.get("mau_so"));
        ValueBound bound = row.get("can").isEmpty() ? null : ValueBound.valueOf(row.get("can"));
        if (number == null && numerator == null) {
            return null;
        }
        return new ParsedValue(number, numerator, denominator, bound);
    }

    private static Source source(Csv.Row row) {
        return new Source(blankToNull(row.get("tai_lieu")), blankToNull(row.get("vi_tri")),
                blankToNull(row.get("trich_dan")));
    }

    private static @Nullable BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static @Nullable LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static List<Csv.Row> read(String file) {
        try (Reader in = new InputStreamReader(new ClassPathResource("demo/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được dữ liệu mẫu " + file, e);
        }
    }
}

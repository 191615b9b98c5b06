package vn.chitieu.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * The appendices (phụ lục) staff file with their reports, for one unit: the year's and the term's, with the results
 * paragraph, in XLSX, DOCX and PDF. Leaders, staff and administrators, each within the units they may read; the wall
 * screen's account makes no documents.
 */
@Service
public class ReportService {

    /** People who file reports: not the wall screen. */
    static final String REPORTERS = Roles.PEOPLE;

    private final IndicatorService indicators;
    private final DataValueService values;
    private final DashboardService dashboard;
    private final OrgUnitService units;
    private final UserService users;
    private final Clock clock;

    ReportService(IndicatorService indicators, DataValueService values, DashboardService dashboard,
                  OrgUnitService units, UserService users, Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.dashboard = dashboard;
        this.units = units;
        this.users = users;
        this.clock = clock;
    }

    /** A file to hand to the person or the caller. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /**
     * "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM N, CHỈ TIÊU NGHỊ QUYẾT NĂM N+1" for a unit: the catalogue of the term
     * that year N belongs to (2025 to 2020-2025, whose last year it is, when the unit has a catalogue there).
     */
    @PreAuthorize(REPORTERS)
    @Transactional(readOnly = true)
    public Appendix yearAppendix(long unitId, int year) {
        users.requireReadable(unitId);
        OrgUnit unit = unit(unitId);
        Term term = indicators.terms().stream()
                .filter(t -> t.startYear() <= year && year <= t.endYear())
                // a year is a year of the term it ends rather than the base year of the next
                .sorted(Comparator.comparing((Term t) -> t.startYear() == year))
                .filter(t -> !indicatorsOf(t, unitId).isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        unit.name() + " không có chỉ tiêu nào của năm " + year));
        return Appendices.year(catalogue(term, unit), year, header(unit));
    }

    /** The term's appendix for a unit, with the former units beside it when it was formed from others. */
    @PreAuthorize(REPORTERS)
    @Transactional(readOnly = true)
    public Appendix termAppendix(String termCode, long unitId) {
        users.requireReadable(unitId);
        OrgUnit unit = unit(unitId);
        Term term = indicators.requireTerm(termCode);
        Catalogue catalogue = catalogue(term, unit);
        if (catalogue.entries().isEmpty()) {
            throw new IllegalArgumentException(unit.name() + " không có chỉ tiêu nào trong nhiệm kỳ " + termCode);
        }
        Map<Long, IndicatorRow> assessed = dashboard.indicatorList(termCode, unitId).stream()
                .collect(Collectors.toMap(IndicatorRow::indicatorId, Function.identity()));
        return Appendices.term(catalogue, assessed, dashboard.wardComparison(termCode, unitId), header(unit));
    }

    /**
     * Writes an appendix made by this service in a format, with the results paragraph as the person left it (the
     * generated one when null).
     */
    @PreAuthorize(REPORTERS)
    public Download render(Appendix appendix, ReportFormat format, @Nullable String paragraph) {
        String text = paragraph == null ? appendix.summary() : paragraph;
        byte[] bytes = switch (format) {
            case XLSX -> XlsxWriter.write(appendix);
            case DOCX -> DocxWriter.write(appendix, text);
            case PDF -> PdfWriter.write(appendix, text);
        };
        return new Download(appendix.fileStem() + "." + format.extension(), format.contentType(), bytes);
    }

    private Catalogue catalogue(Term term, OrgUnit unit) {
        List<Indicator> own = indicatorsOf(term, unit.id());
        Map<Long, List<DataValue>> figures = own.stream().collect(Collectors.toMap(Indicator::id,
                i -> values.historyOf(i.id(), unit.id())));
        return new Catalogue(unit.name(), term, Catalogue.ordered(own, figures));
    }

    private List<Indicator> indicatorsOf(Term term, long unitId) {
        return indicators.indicatorsOfUnit(term, unitId);
    }

    private OrgUnit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị này"));
    }

    /** "ĐẢNG BỘ PHƯỜNG TAM KỲ" and "Tam Kỳ, ngày 5 tháng 3 năm 2026". */
    private Appendices.Header header(OrgUnit unit) {
        String name = unit.name().replace("(cũ)", "").strip();
        String place = name.replaceFirst("^(?i)(phường|xã|thị trấn|thị xã|thành phố|quận|huyện|tỉnh)\\s+", "");
        String lowered = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        LocalDate today = LocalDate.now(clock);
        return new Appendices.Header("ĐẢNG BỘ " + name.toUpperCase(Locale.forLanguageTag("vi")),
                place + ", ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                        + today.getYear(),
                "Đảng bộ " + lowered, unit.code());
    }
}

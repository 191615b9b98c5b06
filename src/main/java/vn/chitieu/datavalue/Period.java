package vn.chitieu.datavalue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.ResultReading;

/**
 * The period a figure is reported for: a year, a quarter, the first 6 or 9 months of a year, or a span of years
 * (a whole term, or "2020-2023" at mid-term). Written in imports and URLs as {@code 2024}, {@code 2024-Q3},
 * {@code 2024-6T}, {@code 2024-9T}, {@code 2020-2025}.
 *
 * @param part the quarter (1-4) for {@link Kind#QUARTER}, 0 otherwise
 */
public record Period(Kind kind, int yearFrom, int yearTo, int part) implements Comparable<Period> {

    public enum Kind { YEAR, QUARTER, SIX_MONTHS, NINE_MONTHS, SPAN }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(Q[1-4]|6T|9T|\\d{4}))?");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** Days after a period ends before its figures are overdue. */
    public static final int REPORTING_DAYS = 10;

    public Period {
        if (yearFrom < 1900 || yearTo > 2200 || yearTo < yearFrom) {
            throw new IllegalArgumentException("Kỳ báo cáo không hợp lệ: " + yearFrom + "-" + yearTo);
        }
        if (kind != Kind.SPAN && yearFrom != yearTo) {
            throw new IllegalArgumentException("Chỉ kỳ nhiều năm mới có năm đầu khác năm cuối");
        }
        if (kind == Kind.SPAN && yearFrom == yearTo) {
            throw new IllegalArgumentException("Kỳ nhiều năm cần năm cuối lớn hơn năm đầu");
        }
        if ((kind == Kind.QUARTER) != (part >= 1 && part <= 4) || (kind != Kind.QUARTER && part != 0)) {
            throw new IllegalArgumentException("Quý phải từ 1 đến 4");
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, year, quarter);
    }

    public static Period span(int from, int to) {
        return new Period(Kind.SPAN, from, to, 0);
    }

    /** Reads {@code 2024}, {@code 2024-Q3}, {@code 2024-6T}, {@code 2024-9T} or {@code 2020-2025}. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code.strip().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("Kỳ \"" + code
                    + "\" không đúng dạng; viết 2024, 2024-Q3, 2024-6T, 2024-9T hoặc 2020-2025");
        }
        int year = Integer.parseInt(m.group(1));
        String rest = m.group(2);
        if (rest == null) {
            return year(year);
        }
        return switch (rest) {
            case "6T" -> new Period(Kind.SIX_MONTHS, year, year, 0);
            case "9T" -> new Period(Kind.NINE_MONTHS, year, year, 0);
            default -> rest.startsWith("Q")
                    ? quarter(year, rest.charAt(1) - '0')
                    : span(year, Integer.parseInt(rest));
        };
    }

    public String code() {
        return switch (kind) {
            case YEAR -> Integer.toString(yearFrom);
            case QUARTER -> yearFrom + "-Q" + part;
            case SIX_MONTHS -> yearFrom + "-6T";
            case NINE_MONTHS -> yearFrom + "-9T";
            case SPAN -> yearFrom + "-" + yearTo;
        };
    }

    /** How a report names the period: "Năm 2024", "Quý III/2024", "6 tháng 2024", "2020-2025". */
    public String label() {
        return switch (kind) {
            case YEAR -> "Năm " + yearFrom;
            case QUARTER -> "Quý " + ROMAN[part] + "/" + yearFrom;
            case SIX_MONTHS -> "6 tháng " + yearFrom;
            case NINE_MONTHS -> "9 tháng " + yearFrom;
            case SPAN -> yearFrom + "-" + yearTo;
        };
    }

    /** This period as the engine sees a figure reported for it. */
    public ReportedFigure figure(boolean estimate, ResultReading reading) {
        int months = switch (kind) {
            case QUARTER -> 3;
            case SIX_MONTHS -> 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
            case SPAN -> 12 * (yearTo - yearFrom);
        };
        return new ReportedFigure(yearFrom, yearTo, endMonth() - yearTo * 12, months, estimate, reading);
    }

    /** The last day the period covers. */
    public java.time.LocalDate endDate() {
        return switch (kind) {
            case QUARTER -> java.time.YearMonth.of(yearTo, part * 3).atEndOfMonth();
            case SIX_MONTHS -> java.time.LocalDate.of(yearTo, 6, 30);
            case NINE_MONTHS -> java.time.LocalDate.of(yearTo, 9, 30);
            case YEAR, SPAN -> java.time.LocalDate.of(yearTo, 12, 31);
        };
    }

    /**
     * The period of the same kind just before: Quý II for Quý III, Quý IV of last year for Quý I, last year's 6 or 9
     * months, last year; for a span, the span of the same length ending where this one starts.
     */
    public Period previous() {
        return switch (kind) {
            case QUARTER -> part == 1 ? quarter(yearFrom - 1, 4) : quarter(yearFrom, part - 1);
            case YEAR -> year(yearFrom - 1);
            case SIX_MONTHS, NINE_MONTHS -> new Period(kind, yearFrom - 1, yearTo - 1, 0);
            case SPAN -> span(2 * yearFrom - yearTo, yearFrom);
        };
    }

    /** The last day figures for the period are due: {@value #REPORTING_DAYS} days after it ends. */
    public java.time.LocalDate deadline() {
        return endDate().plusDays(REPORTING_DAYS);
    }

    /** The periods staff report in a year, in reporting order. */
    public static java.util.List<Period> reportingPeriodsOf(int year) {
        return java.util.List.of(quarter(year, 1), quarter(year, 2), parse(year + "-6T"), quarter(year, 3),
                parse(year + "-9T"), quarter(year, 4), year(year));
    }

    /** Orders by the end of the period, so that "latest" means the figure that covers the most recent time. */
    @Override
    public int compareTo(Period other) {
        int byEnd = Integer.compare(endMonth(), other.endMonth());
        return byEnd != 0 ? byEnd : Integer.compare(other.yearTo - other.yearFrom, yearTo - yearFrom);
    }

    private int endMonth() {
        int month = switch (kind) {
            case QUARTER -> part * 3;
            case SIX_MONTHS -> 6;
            case NINE_MONTHS -> 9;
            case YEAR, SPAN -> 12;
        };
        return yearTo * 12 + month;
    }

    @Override
    public String toString() {
        return code();
    }
}

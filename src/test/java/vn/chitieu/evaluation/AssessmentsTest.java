package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one assessment rule, as every screen, the API and the import ask it. Figures are written as
 * "period=value" separated by ";": {@code 2024=72%}, {@code 2024-9T=70%}, {@code 2020-2025=85%}, a trailing "~" for an
 * estimate.
 */
class AssessmentsTest {

    @ParameterizedTest(name = "{0} with {2} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # target                        | unit | figures                                   | open  | verdict      | outlook
            # a closed term: its horizon decides (000, chú thích 37: Trường Xuân's water, 70% against 85%)
            85%                             | %    | 2020-2025=70%                             | false | KHONG_DAT    | -
            trên 95%                        | %    | 2021=96%;2022=97%;2023=96%;2024=98%;2025=99% | false | DAT       | -
            # annual: one year's miss is the term's miss
            hằng năm trên 90%               | %    | 2021=96%;2022=89%;2023=96%;2024=98%;2025=99% | false | KHONG_DAT | -
            # the official figure of a year wins over its estimate
            trên 95%                        | %    | 2025=94%~;2025=96%                        | false | DAT          | -
            # no yearly or whole-term figure: the latest part of a year, saying which
            trên 95%                        | %    | 2025-9T=96%                               | false | DAT          | -
            # a running term: the latest figure now, and a projection
            trên 95%                        | %    | 2025=96,2%;2026=95,5%~                    | true  | DAT          | NGUY_CO_KHONG_DAT
            dưới 0,5%                       | %    | 2025=0,9%;2026=0,7%                       | true  | KHONG_DAT    | DU_KIEN_DAT
            # nothing yet
            trên 95%                        | %    | -                                         | true  | CHUA_DANH_GIA | CHUA_DU_DU_LIEU
            trên 95%                        | %    | -                                         | false | CHUA_DANH_GIA | -
            # no target: judged on its own words, or not at all
            -                               | %    | 2024=đạt và vượt chỉ tiêu                 | false | DAT          | -
            -                               | hộ   | 2024=12 hộ                                | false | CHUA_DANH_GIA | -
            """)
    void an_indicator_gets_one_verdict_from_its_target_and_figures(@Nullable String target, String unit,
                                                                  @Nullable String figures, boolean open,
                                                                  Verdict verdict, TermRollup.@Nullable Outlook outlook) {
        TargetReading reading = target == null ? null : Targets.read(target, unit, null, null, null, null).orElseThrow();
        int start = open ? 2025 : 2020;

        Assessment assessment = Assessments.assess(reading, unit, false, start, start + 5, open, figures(figures, unit),
                f -> f.yearTo() + "");

        assertThat(assessment.verdict()).as(assessment.evaluation().explanation()).isEqualTo(verdict);
        if (outlook == null) {
            assertThat(assessment.projection()).isNull();
        } else {
            assertThat(assessment.outlook()).isEqualTo(outlook);
        }
    }

    @ParameterizedTest(name = "latest of {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-Q3=1;2025-9T=2                | 2
            2025-Q4=1;2025=2                   | 2
            2020-2025=1;2025=2                 | 2
            2025=1~;2025=2                     | 2
            2026-Q1=2;2025=1                   | 2
            2024=1;2025-6T=2;2025-Q1=1         | 2
            """)
    void the_latest_figure_is_the_one_covering_the_most_recent_time_official_before_estimate(String figures,
                                                                                          String expected) {
        ReportedFigure latest = ReportedFigure.latest(figures(figures, null), f -> f).orElseThrow();

        assertThat(latest.reading().text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} stands for {0} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025 | 2025-6T=1;2025-9T=2              | 2
            2025 | 2025-9T=1;2025=2~                | 2
            2025 | 2020-2025=2;2024=1               | 2
            2025 | 2025=1~;2025=2;2020-2025=3       | 2
            """)
    void the_figure_standing_for_a_year_prefers_the_whole_year(int year, String figures, String expected) {
        assertThat(ReportedFigure.standingFor(year, figures(figures, null), f -> f).orElseThrow().reading().text())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # an ambiguous text keeps the number the person confirmed when it was saved
            23.855 | tỷ đồng | 23855 | 23855
            # a readable text is read again, whatever was stored
            96,4%  | %       | 1     | 96.4
            # unreadable and nothing confirmed: no number, so every rule leaves it undecided
            23.855 | tỷ đồng | -     | -
            """)
    void a_stored_figure_is_read_as_the_engine_reads_it(String text, String unit, @Nullable String confirmed,
                                                       @Nullable String expected) {
        ResultReading reading = ReportedFigure.read(text, unit, false,
                confirmed == null ? null : new java.math.BigDecimal(confirmed), null, null, null);

        if (expected == null) {
            assertThat(reading.number()).isNull();
        } else {
            assertThat(reading.number()).isEqualByComparingTo(expected);
        }
    }

    /** "2024=72%;2025-9T=70%~" as the engine's figures. */
    private static List<ReportedFigure> figures(@Nullable String spec, @Nullable String unit) {
        List<ReportedFigure> figures = new ArrayList<>();
        if (spec == null) {
            return figures;
        }
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            boolean estimate = kv[1].endsWith("~");
            String text = estimate ? kv[1].substring(0, kv[1].length() - 1) : kv[1];
            ResultReading reading = ResultParser.parse(text, unit).orElseThrow();
            if (estimate) {
                reading = new ResultReading(reading.text(), reading.kind(), reading.number(), reading.numerator(),
                        reading.denominator(), reading.bound(), true, reading.decrease(), reading.rating());
            }
            figures.add(period(kv[0], estimate, reading));
        }
        return figures;
    }

    private static ReportedFigure period(String code, boolean estimate, ResultReading reading) {
        String[] p = code.split("-");
        int year = Integer.parseInt(p[0]);
        if (p.length == 1) {
            return new ReportedFigure(year, year, 12, 12, estimate, reading);
        }
        return switch (p[1]) {
            case "6T" -> new ReportedFigure(year, year, 6, 6, estimate, reading);
            case "9T" -> new ReportedFigure(year, year, 9, 9, estimate, reading);
            case "Q1", "Q2", "Q3", "Q4" -> {
                int q = p[1].charAt(1) - '0';
                yield new ReportedFigure(year, year, q * 3, 3, estimate, reading);
            }
            default -> new ReportedFigure(year, Integer.parseInt(p[1]), 12, 12 * (Integer.parseInt(p[1]) - year),
                    estimate, reading);
        };
    }
}

package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.evaluation.TermRollup.Figures;
import vn.chitieu.evaluation.TermRollup.Outlook;

class TermRollupTest {

    /** "2021=96;2022=97" → yearly figures as written. */
    static Figures figures(String written, String unit) {
        Map<Integer, ResultReading> yearly = new LinkedHashMap<>();
        if (!written.isBlank()) {
            for (String pair : written.split(";")) {
                String[] kv = pair.split("=", 2);
                yearly.put(Integer.parseInt(kv[0].strip()), ResultParser.parse(kv[1], unit).orElseThrow());
            }
        }
        return Figures.of(yearly);
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            trên 90% hằng năm              | %        | 2021=92;2022=93;2023=91;2024=95;2025=94       | DAT
            trên 90% hằng năm              | %        | 2021=92;2022=89;2023=91;2024=95;2025=94       | KHONG_DAT
            trên 90% hằng năm              | %        | 2021=92;2022=93                               | CHUA_DANH_GIA
            tăng bình quân 9%/năm          | %/năm    | 2021=8;2022=9;2023=10;2024=9,5;2025=9,2       | DAT
            tăng bình quân 9%/năm          | %/năm    | 2021=8;2022=8;2023=9;2024=9;2025=9            | KHONG_DAT
            tăng bình quân 9%/năm          | tỷ đồng  | 2020=100;2025=160                             | DAT
            tăng bình quân 9%/năm          | tỷ đồng  | 2020=100;2025=150                             | KHONG_DAT
            đến năm 2025 dưới 0,5%         | %        | 2021=0,9;2023=0,6;2025=0,38                   | DAT
            lũy kế 105 đảng viên           | đảng viên | 2021=20;2022=15;2023=16;2024=14;2025=15      | KHONG_DAT
            lũy kế 80 đảng viên            | đảng viên | 2021=20;2022=15;2023=16;2024=14;2025=15      | DAT
            trên 95%                       | %        | 2021=90;2025=96                               | DAT
            """)
    void a_closed_term_is_judged_by_the_horizon_of_its_target(String target, String unit, String yearly,
                                                              Verdict verdict) {
        TargetReading reading = TargetParser.parse(target, unit, null, null).orElseThrow();

        Evaluation evaluation = TermRollup.judge(reading, 2020, 2025, figures(yearly, unit), unit);

        assertThat(evaluation.verdict()).as(evaluation.explanation()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            trên 95%                 | %        | 2026=93;2027=94         | DU_KIEN_DAT        | 97.00
            trên 95%                 | %        | 2026=93;2027=92,5       | NGUY_CO_KHONG_DAT  | 91.00
            trên 95%                 | %        | 2026=93                 | CHUA_DU_DU_LIEU    |
            trên 95%                 | %        | 2025=96,2;2026=95,5     | NGUY_CO_KHONG_DAT  | 92.70
            dưới 0,5%                | %        | 2025=0,62;2026=0,48     | DU_KIEN_DAT        | 0
            trên 3% hằng năm         | %        | 2026=3,1                | DU_KIEN_DAT        | 3.1
            trên 90% hằng năm        | %        | 2025=88;2026=91         | DU_KIEN_DAT        | 91
            dưới 0,5%                | %        | 2026=0,9;2027=0,8       | NGUY_CO_KHONG_DAT  | 0.50
            trên 90% hằng năm        | %        | 2026=89;2027=99         | NGUY_CO_KHONG_DAT  | 89
            tăng bình quân 9%/năm    | %/năm    | 2026=9,5;2027=10        | DU_KIEN_DAT        | 9.75
            tăng bình quân 9%/năm    | tỷ đồng  | 2025=100;2026=105       | NGUY_CO_KHONG_DAT  | 5.00
            vững mạnh về quốc phòng - an ninh | NULL | 2026=Được công nhận vững mạnh | DU_KIEN_DAT |
            """)
    void a_running_term_is_projected_to_2030(String target, String unit, String yearly, Outlook outlook,
                                             BigDecimal projected) {
        String u = "NULL".equals(unit) ? null : unit;
        TargetReading reading = TargetParser.parse(target, u, null, null).orElseThrow();

        TermRollup.Projection projection = TermRollup.project(reading, 2025, 2030, figures(yearly, u), u);

        assertThat(projection.outlook()).as(projection.explanation()).isEqualTo(outlook);
        if (projected == null) {
            assertThat(projection.projectedValue()).isNull();
        } else {
            assertThat(projection.projectedValue()).isEqualByComparingTo(projected);
        }
        assertThat(projection.explanation()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2025=60;2026=66;2030=95                 | DAT
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2025=60;2030=90                         | DAT
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2025=60;2029=92;2030=85                 | KHONG_DAT
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2026=66;2030=95                         | CHUA_DANH_GIA
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | tỷ đồng    | 2025=100;2026=110;2028=125;2030=145     | DAT
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | tỷ đồng    | 2025=100;2026=110;2028=125;2030=135     | KHONG_DAT
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | %          | 2026=7;2027=7;2028=7;2029=7;2030=7      | DAT
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | %          | 2026=6;2027=7;2028=7;2029=7;2030=7      | KHONG_DAT
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | %          | 2026=9;2027=9                           | CHUA_DANH_GIA
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ   | hộ         | 2025=30;2027=26;2030=18                 | DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ   | hộ         | 2025=30;2030=20                         | DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ   | hộ         | 2025=30;2030=25                         | KHONG_DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ   | hộ         | 2025=30;2030=33                         | KHONG_DAT
            """)
    void growth_over_the_whole_term_is_one_increase_from_the_base_year(String target, String unit, String yearly,
                                                                      Verdict verdict) {
        TargetReading reading = TargetParser.parse(target, unit, null, null).orElseThrow();

        Evaluation evaluation = TermRollup.judge(reading, 2025, 2030, figures(yearly, unit), unit);

        assertThat(evaluation.verdict()).as(evaluation.explanation()).isEqualTo(verdict);
    }

    @org.junit.jupiter.api.Test
    void the_explanation_shows_the_base_year_figure_times_the_factor() {
        TargetReading reading = TargetParser.parse("năm 2030 tăng 1,5 lần so với năm 2025", "triệu đồng", null, null)
                .orElseThrow();

        Evaluation evaluation = TermRollup.judge(reading, 2025, 2030, figures("2025=60;2030=95", "triệu đồng"),
                "triệu đồng");

        assertThat(reading.describe()).isEqualTo("tăng ≥ 50% cả nhiệm kỳ so với năm gốc (gấp 1,5 lần)");
        assertThat(evaluation.explanation()).contains("mục tiêu 90 triệu đồng (60 × 1,5)");
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2025=60;2026=66;2027=72       | DU_KIEN_DAT       | 50
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2025=60;2026=63;2027=66       | NGUY_CO_KHONG_DAT | 25
            năm 2030 tăng 1,5 lần so với năm 2025          | triệu đồng | 2026=63;2027=66               | CHUA_DU_DU_LIEU   |
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | %          | 2026=8;2027=8                 | DU_KIEN_DAT       | 46.93
            cuối nhiệm kỳ tăng 40% so với đầu nhiệm kỳ     | %          | 2026=5;2027=5                 | NGUY_CO_KHONG_DAT | 27.63
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ   | hộ         | 2025=30;2026=27;2027=24       | DU_KIEN_DAT       | -50
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ   | hộ         | 2025=30;2026=29;2027=28       | NGUY_CO_KHONG_DAT | -16.67
            """)
    void whole_term_growth_is_projected_as_one_increase(String target, String unit, String yearly, Outlook outlook,
                                                       BigDecimal change) {
        TargetReading reading = TargetParser.parse(target, unit, null, null).orElseThrow();

        TermRollup.Projection projection = TermRollup.project(reading, 2025, 2030, figures(yearly, unit), unit);

        assertThat(projection.outlook()).as(projection.explanation()).isEqualTo(outlook);
        if (change == null) {
            assertThat(projection.projectedValue()).isNull();
        } else {
            assertThat(projection.projectedValue()).isEqualByComparingTo(change);
        }
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            lũy kế 105 đảng viên       | đảng viên | 2021=20;2022=15;2023=16;2024=14;2025=40  | DAT
            lũy kế 105 đảng viên       | đảng viên | 2021=20;2022=15;2023=16;2024=14          | CHUA_DANH_GIA
            lũy kế 105 đảng viên       | đảng viên | 2021=20;2022=15;2023=16;2024=14;2025=…   | CHUA_DANH_GIA
            lũy kế 1.000 lao động      | lao động  | 2021=200;2022=200;2023=200;2024=200;2025=199 | KHONG_DAT
            """)
    void a_cumulative_target_needs_every_year_and_sums_them(String target, String unit, String yearly,
                                                           Verdict verdict) {
        TargetReading reading = TargetParser.parse(target, unit, null, null).orElseThrow();

        Evaluation evaluation = TermRollup.judge(reading, 2020, 2025, figures(yearly, unit), unit);

        assertThat(evaluation.verdict()).as(evaluation.explanation()).isEqualTo(verdict);
    }
}

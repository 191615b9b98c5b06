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
}

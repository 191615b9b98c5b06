package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The percentage of its target a figure stands at, as the trend charts draw it; 100 is the target line. */
class AttainmentTest {

    @ParameterizedTest(name = "{0} vs {2} → {3}% of target")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            trên 95%                          | %          | 96,2%                    | 101.3
            trên 3%                           | %          | 1,5%                     | 50.0
            dưới 0,5%                         | %          | 0,25%                    | 200.0
            dưới 0,5%                         | %          | 1%                       | 50.0
            dưới 0,5%                         | %          | 0%                       | 200
            13/13 xã                          | xã         | 12/13                    | 92.3
            8/8 khối phố                      | khối phố   | 8/8                      | 100.0
            giảm 11 hộ                        | hộ         | giảm 22 hộ               | 200.0
            giảm 11 hộ                        | hộ         | tăng 2 hộ                | 0
            tăng bình quân 9%/năm             | %/năm      | 4,5%                     | 50.0
            hoàn thành tốt nhiệm vụ trở lên   | xếp loại   | Hoàn thành tốt nhiệm vụ  | NULL
            từ 3-4 dự án                      | dự án      | 3                        | NULL
            không còn hộ nghèo                | hộ         | 0                        | NULL
            """)
    void a_figure_is_drawn_as_a_percentage_of_its_target(String target, String unit, String result,
                                                          @Nullable BigDecimal expected) {
        TargetReading reading = Targets.read(target, unit, null, null, null, null).orElseThrow();
        BigDecimal percent = Attainment.percentOfTarget(reading, ResultParser.parse(result, unit).orElseThrow());
        if (expected == null) {
            assertThat(percent).isNull();
        } else {
            assertThat(percent).isEqualByComparingTo(expected);
        }
    }
}

package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values that cannot be right are caught; values that only look odd (52 admitted against 48 planned) are not. */
class ValueChecksTest {

    @ParameterizedTest(name = "{2}: \"{0}\" → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            52/48            | đảng viên | Kết nạp đảng viên mới              | NULL   | NULL
            52/48 đảng viên  | NULL      | Kết nạp đảng viên mới              | NULL   | NULL
            5/4 tuyến        | tuyến     | Xây dựng tuyến phố văn minh đô thị | NULL   | NULL
            giảm 3           | hộ        | Số hộ nghèo                        | NULL   | NULL
            -3               | hộ        | Số hộ nghèo                        | NULL   | Số âm
            -0,5%            | %         | Tỷ lệ hộ nghèo                     | NULL   | Số âm
            105%             | %         | Tỷ lệ hộ dân sử dụng nước sạch     | NULL   | không thể vượt 100%
            112%             | % kế hoạch | Thu ngân sách                     | NULL   | NULL
            12/12            | xã        | Xã đạt chuẩn                       | 13/13  | Tổng số đổi
            """)
    void impossible_values_are_named_and_plans_exceeded_are_not(String text, @Nullable String unit, String name,
                                                                @Nullable String previous, @Nullable String problem) {
        ResultReading reading = ResultParser.parse(text, unit).orElseThrow();
        ResultReading before = previous == null ? null : ResultParser.parse(previous, unit).orElseThrow();

        var problems = ValueChecks.problems(reading, unit, name, before, null);

        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().asString().contains(problem);
        }
    }

    @ParameterizedTest(name = "{0} of {1}: numerator above the total")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            khối phố | Khối phố có địa điểm sinh hoạt văn hóa
            %        | Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ
            đơn      | Đơn thư đã giải quyết
            """)
    void a_stored_count_of_units_above_its_total_is_a_problem(String unit, String name) {
        // as the dashboard rebuilds a figure from its stored numerator and denominator
        ResultReading stored = new ResultReading("9/8", ResultReading.Kind.RATIO, new java.math.BigDecimal("112.5"),
                java.math.BigDecimal.valueOf(9), java.math.BigDecimal.valueOf(8), null, false, false, null);

        assertThat(ValueChecks.problems(stored, unit, name, null, null)).singleElement().asString()
                .contains("lớn hơn tổng số");
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is refused before any check")
    @CsvSource(delimiter = '|', textBlock = """
            9/8      | khối phố
            51/50    | đơn
            3/0      | xã
            """)
    void units_out_of_units_above_or_without_a_total_are_refused_when_read(String text, String unit) {
        assertThat(ResultParser.parse(text, unit).isOk()).isFalse();
    }
}

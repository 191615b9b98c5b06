package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parent unit's figure from its units. Units are written "figure@verdict" (and "figure@verdict@weight" where the
 * rate's denominator is given apart), separated by ";"; an empty figure is a unit without one.
 */
class UnitAggregationTest {

    @ParameterizedTest(name = "{2}: {3} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind      | ĐVT              | units                                              | rule                  | value  | text
            # counts and amounts are summed
            -           | hộ               | 12 hộ@CHUA_DANH_GIA;30 hộ@CHUA_DANH_GIA;1.208 hộ@CHUA_DANH_GIA | SUM        | 1250   | 1.250 hộ
            THRESHOLD   | tỷ đồng          | 352,615@DAT;100@DAT                                | SUM                   | 452.615 | 452,615 tỷ đồng
            # a unit without a figure is left out, and that is said
            -           | hộ               | 12 hộ@CHUA_DANH_GIA;@CHUA_DANH_GIA;30 hộ@CHUA_DANH_GIA | SUM               | 42     | 42 hộ (2/3 xã có số liệu)
            # changes keep their direction
            CHANGE      | hộ               | giảm 5 hộ@DAT;giảm 3 hộ@DAT;tăng 2 hộ@KHONG_DAT    | SUM                   | -6     | giảm 6 hộ
            # an estimate makes the parent's figure an estimate, a bound makes it approximate
            -           | người            | 120 người (ước tính)@CHUA_DANH_GIA;hơn 80 người@CHUA_DANH_GIA | SUM        | 200    | khoảng 200 người (ước tính)
            # x/y: numerators and denominators summed, the percentage of the sums (not the mean of 100% and 50%)
            RATIO       | khối phố         | 8/8@DAT;2/4@KHONG_DAT                              | NUMERATOR_DENOMINATOR | 83.3   | 10/12 khối phố (83,3%)
            -           | tuyến            | 7/8 (87,5%)@CHUA_DANH_GIA;20/30@CHUA_DANH_GIA      | NUMERATOR_DENOMINATOR | 71.1   | 27/38 tuyến (71,1%)
            # rates weighted by their denominators: 90% of 10.000 and 50% of 100 is 89,6%, never 70%
            THRESHOLD   | %                | 90%@DAT@10000;50%@KHONG_DAT@100                    | WEIGHTED_RATE         | 89.60  | 89,6%
            THRESHOLD   | %                | 95%@DAT@3000;85%@KHONG_DAT@1000;@CHUA_DANH_GIA@500 | WEIGHTED_RATE         | 92.50  | 92,5% (2/3 xã có số liệu)
            # a rate without its denominator: no average of percentages
            THRESHOLD   | %                | 90%@DAT@10000;50%@KHONG_DAT                        | NOT_AGGREGABLE        | -      | Không tổng hợp được: 1 xã không có mẫu số của tỷ lệ; không lấy trung bình các tỷ lệ
            -           | triệu đồng/người | 60@CHUA_DANH_GIA;70@CHUA_DANH_GIA                  | NOT_AGGREGABLE        | -      | Không tổng hợp được: 2 xã không có mẫu số của tỷ lệ; không lấy trung bình các tỷ lệ
            -           | triệu đồng/người | 60@CHUA_DANH_GIA@1000;70@CHUA_DANH_GIA@3000        | WEIGHTED_RATE         | 67.50  | 67,5 triệu đồng/người
            # qualitative targets: units meeting them
            QUALITATIVE | -                | Không còn hộ nghèo@DAT;Còn 3 hộ nghèo@KHONG_DAT;@CHUA_DANH_GIA;Đạt@DAT | UNITS_MEETING | 2 | 2/4 xã đạt
            RATING      | -                | Hoàn thành tốt nhiệm vụ@DAT;Hoàn thành nhiệm vụ@KHONG_DAT | UNITS_MEETING | 1   | 1/2 xã đạt
            COMPOUND    | %                | 100%@DAT;100%@DAT;90%@KHONG_DAT                    | UNITS_MEETING         | 2      | 2/3 xã đạt
            # growth and completion rates of different units do not add up
            GROWTH      | %                | 9%@DAT;7%@KHONG_DAT                                | NOT_AGGREGABLE        | -      | Không tổng hợp được: tốc độ tăng và tỷ lệ so với kế hoạch của từng đơn vị không cộng được
            COMPLETION  | %                | 105%@DAT;98%@KHONG_DAT                             | NOT_AGGREGABLE        | -      | Không tổng hợp được: tốc độ tăng và tỷ lệ so với kế hoạch của từng đơn vị không cộng được
            # nothing reported yet
            THRESHOLD   | hộ               | @CHUA_DANH_GIA;@CHUA_DANH_GIA                      | SUM                   | -      | Chưa đơn vị nào có số liệu
            """)
    void a_parent_figure_follows_the_rule_that_fits_the_indicator(@Nullable TargetKind kind, @Nullable String measure,
                                                                  String units, UnitAggregation.Rule rule,
                                                                  @Nullable BigDecimal value, String text) {
        List<UnitAggregation.Part> parts = Arrays.stream(units.split(";")).map(unit -> part(unit, measure)).toList();

        UnitAggregation.Aggregate aggregate = UnitAggregation.aggregate(kind, measure, "xã", parts);

        assertThat(aggregate.rule()).isEqualTo(rule);
        assertThat(aggregate.text()).isEqualTo(text);
        if (value == null) {
            assertThat(aggregate.value()).isNull();
        } else {
            assertThat(aggregate.value()).isEqualByComparingTo(value);
        }
        assertThat(aggregate.units()).isEqualTo(parts.size());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # ĐVT              | rate
            %                  | true
            ‰                  | true
            triệu đồng/người   | true
            hộ                 | false
            tỷ đồng            | false
            -                  | false
            """)
    void a_rate_is_known_by_its_unit_of_measure(@Nullable String measure, boolean rate) {
        assertThat(UnitAggregation.isRate(measure)).isEqualTo(rate);
    }

    private static UnitAggregation.Part part(String written, @Nullable String measure) {
        String[] pieces = written.split("@", -1);
        ResultReading figure = pieces[0].isBlank() ? null : ResultParser.parse(pieces[0], measure).orElseThrow();
        BigDecimal weight = pieces.length > 2 ? new BigDecimal(pieces[2]) : null;
        return new UnitAggregation.Part(figure, Verdict.valueOf(pieces[1]), weight);
    }
}

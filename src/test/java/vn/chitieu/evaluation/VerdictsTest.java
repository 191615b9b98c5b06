package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per kind of target, with results written the way reports write them. */
class VerdictsTest {

    @ParameterizedTest(name = "{0} vs {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            trên 95%                          | %          | 96,2%                    | DAT           | true
            trên 95%                          | %          | 95%                      | KHONG_DAT     | false
            trên 98%                          | %          | trên 98%                 | DAT           | true
            >= 98%                            | %          | trên 98%                 | DAT           | true
            100%                              | %          | trên 98%                 | KHONG_DAT     | false
            100%                              | %          | 100%                     | DAT           | false
            dưới 0,5%                         | %          | 0,38%                    | DAT           | true
            dưới 0,5%                         | %          | 0,5%                     | KHONG_DAT     | false
            dưới 0,5%                         | %          | dưới 0,5%                | DAT           | true
            không quá 5%                      | %          | 5%                       | DAT           | false
            từ 6 trở lên                      | đảng viên  | mới đạt trên 4           | KHONG_DAT     | false
            13/13 xã                          | xã         | 12/13                    | KHONG_DAT     | false
            13/13 xã                          | xã         | 12/12                    | DAT           | false
            8/8 khối phố                      | khối phố   | 73/85 (85,9%)            | KHONG_DAT     | false
            80%                               | %          | 73/85 (85,9%)            | DAT           | true
            giảm 11 hộ                        | hộ         | giảm 14 hộ               | DAT           | true
            giảm 11 hộ                        | hộ         | giảm 11 hộ               | DAT           | false
            giảm 11 hộ                        | hộ         | giảm 5 hộ                | KHONG_DAT     | false
            giảm 11 hộ                        | hộ         | tăng 2 hộ                | KHONG_DAT     | false
            giảm 11 hộ                        | hộ         | 12                       | DAT           | true
            tăng bình quân 9%/năm             | %/năm      | 8,7%/năm                 | KHONG_DAT     | false
            tăng bình quân 9%/năm             | %/năm      | 10,5%                    | DAT           | true
            hoàn thành tốt nhiệm vụ trở lên   | xếp loại   | Hoàn thành xuất sắc nhiệm vụ | DAT       | true
            hoàn thành tốt nhiệm vụ trở lên   | xếp loại   | Hoàn thành tốt nhiệm vụ  | DAT           | false
            hoàn thành tốt nhiệm vụ trở lên   | xếp loại   | Hoàn thành nhiệm vụ      | KHONG_DAT     | false
            từ 3-4 dự án                      | dự án      | 3                        | DAT           | false
            từ 3-4 dự án                      | dự án      | 5                        | DAT           | true
            từ 3-4 dự án                      | dự án      | 2                        | KHONG_DAT     | false
            không còn hộ nghèo thuộc diện tác động giảm nghèo | NULL | Không còn hộ nghèo thuộc diện tác động giảm nghèo | DAT | false
            vững mạnh về quốc phòng - an ninh | NULL       | Các địa phương đều đạt   | DAT           | false
            vững mạnh về quốc phòng - an ninh | NULL       | chưa đạt chuẩn           | KHONG_DAT     | false
            vững mạnh về quốc phòng - an ninh | NULL       | Đang củng cố lực lượng   | CHUA_DANH_GIA | false
            trên 95%                          | %          | chờ kết quả đánh giá     | CHUA_DANH_GIA | false
            trên 95%                          | %          | ''                       | CHUA_DANH_GIA | false
            trên 95%                          | %          | …                        | CHUA_DANH_GIA | false
            trên 95%                          | %          | Tốt                      | CHUA_DANH_GIA | false
            100% đạt chuẩn; 100% trường học hạnh phúc | %  | 100%                     | CHUA_DANH_GIA | false
            """)
    void each_kind_of_target_is_judged_by_its_own_rule(String target, String unit, String result, Verdict verdict,
                                                        boolean exceeded) {
        Evaluation evaluation = Verdicts.judge(TargetParser.parse(target, unit, null, null).orElseThrow(),
                ResultParser.parse(result, unit).orElseThrow(), unit, false);

        assertThat(evaluation.verdict()).as(evaluation.explanation()).isEqualTo(verdict);
        assertThat(evaluation.exceeded()).isEqualTo(exceeded);
        assertThat(evaluation.explanation()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            96,5% (dự kiến)
            ước thực hiện 96,5%
            96,5% tính đến 30/11
            """)
    void an_estimate_is_judged_and_marked_as_such(String result) {
        Evaluation evaluation = Verdicts.judge(TargetParser.parse("trên 95%", "%", null, null).orElseThrow(),
                ResultParser.parse(result, "%").orElseThrow(), "%", false);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.DAT);
        assertThat(evaluation.estimate()).isTrue();
        assertThat(evaluation.label()).isEqualTo("Đạt (vượt) (ước tính)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tỷ lệ sử dụng nước sạch 99%  | 99
            nước máy 70%                 | 70
            """)
    void words_that_merely_contain_uoc_are_not_estimates(String result, String number) {
        ResultReading reading = ResultParser.parse(result, "%").orElseThrow();

        assertThat(reading.estimate()).isFalse();
        assertThat(reading.number()).isEqualByComparingTo(number);
    }

    @ParameterizedTest(name = "{0} in {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1,5 tỷ đồng        | triệu đồng | 1500
            1,5 tỉ             | triệu đồng | 1500
            352,615 tỷ đồng    | tỷ đồng    | 352.615
            886.550.000 đồng   | triệu đồng | 886.55
            300 triệu          | tỷ đồng    | 0.3
            3,93km             | km         | 3.93
            0,2ha              | ha         | 0.2
            """)
    void money_in_another_scale_is_converted_to_the_indicators_unit(String written, String unit, String value) {
        assertThat(ResultParser.parse(written, unit).orElseThrow().number()).isEqualByComparingTo(value);
    }
}

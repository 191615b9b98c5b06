package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ways of writing a target or a result that the engine once misjudged (issue 10, section 1), one table per way, with
 * phrasings as the seeds and other wards' resolutions write them. A wrong Đạt/Không đạt is the worst outcome; where
 * the words do not settle it the expected verdict is CHUA_DANH_GIA.
 * Columns: indicator name | unit (ĐVT) | target as written | result as written | verdict.
 */
class PhrasingVerdictsTest {

    /** The call the import and the dashboard make, with the row's target settling an ambiguous result. */
    static Evaluation judge(@Nullable String name, @Nullable String unit, @Nullable String direction, String target,
                            String result) {
        TargetReading reading = Targets.read(target, unit, name, Comparators.fromColumn(direction), null, null)
                .orElseThrow();
        return Verdicts.judge(reading, ResultParser.parse(result, unit, reading).orElseThrow(), unit, false);
    }

    private static void check(@Nullable String name, @Nullable String unit, String target, String result,
                              Verdict verdict) {
        Evaluation evaluation = judge(name, unit, null, target, result);
        assertThat(evaluation.verdict()).as(evaluation.explanation()).isEqualTo(verdict);
        assertThat(evaluation.explanation()).isNotBlank();
    }

    @ParameterizedTest(name = "{2} vs {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Tỷ lệ hộ nghèo                   | %   | giảm tỷ lệ hộ nghèo xuống còn 1,5%     | 1,4%                    | DAT
            Tỷ lệ hộ nghèo                   | %   | giảm tỷ lệ hộ nghèo xuống còn 1,5%     | 1,6%                    | KHONG_DAT
            Tỷ lệ hộ nghèo                   | %   | giảm tỷ lệ hộ nghèo xuống còn 1,5%     | 1,5%                    | DAT
            Tỷ lệ hộ nghèo                   | %   | giảm còn 1,5%                          | 1,6                     | KHONG_DAT
            Tỷ lệ hộ nghèo                   | %   | giảm từ 3,07% xuống còn 1,5%           | 1,4%                    | DAT
            Tỷ lệ hộ nghèo                   | %   | giảm từ 3,07% xuống còn 1,5%           | 2%                      | KHONG_DAT
            Tỷ lệ hộ nghèo                   | %   | xuống còn 0,1%                          | tỷ lệ hộ nghèo giảm từ 0,1% xuống còn 0,06% | DAT
            Tỷ lệ hộ cận nghèo               | %   | giảm còn dưới 3%                       | còn 3,2%                | KHONG_DAT
            Tỷ lệ hộ cận nghèo               | %   | giảm còn dưới 3%                       | 2,9%                    | DAT
            Tỷ lệ suy dinh dưỡng thể thấp còi | %  | giảm tỷ lệ trẻ em suy dinh dưỡng thấp còi còn dưới 2% | 2%  | KHONG_DAT
            Tỷ lệ suy dinh dưỡng thể nhẹ cân | %   | giảm xuống dưới 2%                     | giảm xuống còn 1,59%    | DAT
            Tỷ lệ suy dinh dưỡng thể nhẹ cân | %   | giảm xuống dưới 1%                     | còn 1,74%               | KHONG_DAT
            Tỷ lệ tăng dân số tự nhiên       | %   | duy trì dưới 1%                        | 0,95%                   | DAT
            Tỷ lệ tăng dân số tự nhiên       | %   | duy trì dưới 1%                        | 1,1%                    | KHONG_DAT
            Tỷ lệ hộ nghèo                   | %   | giảm tỷ lệ hộ nghèo xuống còn 1,5%     | giảm 0,5%               | CHUA_DANH_GIA
            Số hộ nghèo                      | hộ  | giảm xuống còn 10 hộ                   | còn 12 hộ               | KHONG_DAT
            Số hộ nghèo                      | hộ  | giảm xuống còn 10 hộ                   | 9                       | DAT
            """)
    void a_cap_written_as_xuong_con_bounds_the_level_and_is_not_an_amount(String name, String unit, String target,
                                                                         String result, Verdict verdict) {
        check(name, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{2} vs {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Thu ngân sách nhà nước          | % kế hoạch | đạt và vượt 100% kế hoạch             | 100%       | DAT
            Thu ngân sách nhà nước          | % kế hoạch | đạt và vượt 100% kế hoạch             | 99,5%      | KHONG_DAT
            Thu ngân sách nhà nước          | %          | hằng năm thu ngân sách đạt và vượt 100% dự toán | 100 | DAT
            Tuyển quân và giao quân hằng năm | %         | đạt và vượt 100% chỉ tiêu             | 100%       | DAT
            Thu ngân sách nhà nước          | % kế hoạch | vượt 100% kế hoạch                    | 100%       | KHONG_DAT
            Tỷ lệ tham gia bảo hiểm y tế    | %          | đạt hoặc vượt 95%                      | 95%        | DAT
            Phát triển đảng viên mới hằng năm | đảng viên | đạt và vượt 6 đảng viên              | 6          | DAT
            Phát triển đảng viên mới hằng năm | đảng viên | đạt và vượt 6 đảng viên              | 5          | KHONG_DAT
            """)
    void dat_va_vuot_means_at_least(String name, String unit, String target, String result, Verdict verdict) {
        check(name, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{0}: {3} vs {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Tỷ lệ hộ nghèo                                 | %  | NULL      | 2,5  | 2,3    | DAT
            Tỷ lệ hộ nghèo                                 | %  | NULL      | 2,5  | 2,7    | KHONG_DAT
            Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều       | %  | NULL      | 2,5% | 2,5%   | DAT
            Tỷ lệ hộ cận nghèo                             | %  | NULL      | 3%   | 3,5%   | KHONG_DAT
            Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng        | %  | NULL      | 5,5% | 4,8%   | DAT
            Tỷ suất sinh thô                               | ‰  | NULL      | 15   | 14,2‰  | DAT
            Tỷ lệ sinh con thứ 3 trở lên                   | %  | NULL      | 5%   | 6,1%   | KHONG_DAT
            Số vụ tai nạn giao thông                       | vụ | NULL      | 3    | 2      | DAT
            Số vụ phạm pháp hình sự                        | vụ | NULL      | 5    | 7      | KHONG_DAT
            Tốc độ tăng dân số                             | %  | NULL      | 1%   | 0,9%   | DAT
            Tốc độ tăng dân số                             | %  | NULL      | 1%   | 1,2%   | KHONG_DAT
            Tỷ lệ hộ nghèo                                 | %  | at_least  | 2,5  | 2,3    | KHONG_DAT
            Tỷ lệ hộ nghèo                                 | %  | NULL      | trên 2,5% | 2,3% | KHONG_DAT
            Tỷ lệ điều tra, khám phá án phạm pháp hình sự  | %  | NULL      | 80%  | 85%    | DAT
            Tỷ lệ giải quyết tố giác, tin báo về tội phạm  | %  | NULL      | 90%  | 85%    | KHONG_DAT
            Tỷ lệ hộ nghèo                                 | %  | NULL      | 2,5  | giảm 0,3% | CHUA_DANH_GIA
            """)
    void a_bare_number_for_a_lower_is_better_subject_is_a_ceiling_unless_a_direction_is_stated(
            String name, String unit, String direction, String target, String result, Verdict verdict) {
        Evaluation evaluation = judge(name, unit, direction, target, result);

        assertThat(evaluation.verdict()).as(evaluation.explanation()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            2,5              | %  | Tỷ lệ hộ nghèo              | ≤ 2,5% · càng thấp càng tốt
            1,5%             | %  | Tỷ lệ hộ cận nghèo hằng năm | ≤ 1,5% · càng thấp càng tốt, hằng năm
            3                | vụ | Số vụ tai nạn giao thông    | ≤ 3 vụ · càng thấp càng tốt
            dưới 0,5%        | %  | Tỷ lệ hộ nghèo              | < 0,5%
            xuống còn 1,5%   | %  | Tỷ lệ hộ nghèo              | ≤ 1,5%
            85%              | %  | Tỷ lệ hộ dân dùng nước máy  | ≥ 85%
            """)
    void the_reading_says_when_the_direction_comes_from_the_subject(String text, String unit, String name,
                                                                    String described) {
        assertThat(TargetParser.parse(text, unit, name, null).orElseThrow().describe()).isEqualTo(described);
    }

    @ParameterizedTest(name = "{1} vs {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ | % | hằng năm có trên 85% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên | 83%  | KHONG_DAT
            Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ | % | hằng năm có trên 85% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên | 85%  | KHONG_DAT
            Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ | % | hằng năm có trên 85% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên | 90%  | DAT
            Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ | xếp loại | hằng năm có trên 85% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên | 7/8 | DAT
            Xếp loại đoàn thể | % | 100% tổ chức đoàn thể được xếp loại hoàn thành tốt trở lên | 100%  | DAT
            Xếp loại đoàn thể | % | 100% tổ chức đoàn thể được xếp loại hoàn thành tốt trở lên | 4/5   | KHONG_DAT
            Xếp loại đoàn thể | % | MTTQVN, các tổ chức chính trị - xã hội hoàn thành tốt nhiệm vụ trở lên đạt 100% | 80% | KHONG_DAT
            Xếp loại đoàn thể | % | MTTQVN, các tổ chức chính trị - xã hội hoàn thành tốt nhiệm vụ trở lên đạt 100% | Hoàn thành tốt nhiệm vụ | CHUA_DANH_GIA
            Xếp loại chi bộ   | chi bộ | các chi bộ đều đạt hoàn thành tốt nhiệm vụ trở lên | 8/8 | DAT
            Xếp loại chi bộ   | chi bộ | các chi bộ đều đạt hoàn thành tốt nhiệm vụ trở lên | 7/8 | KHONG_DAT
            Xếp loại chi bộ   | chi bộ | các chi bộ đều đạt hoàn thành tốt nhiệm vụ trở lên | Các chi bộ đều hoàn thành tốt nhiệm vụ | DAT
            Xếp loại chi bộ   | chi bộ | các chi bộ đều đạt hoàn thành tốt nhiệm vụ trở lên | Hoàn thành nhiệm vụ | CHUA_DANH_GIA
            Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ | % | Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt trên 95% | 96% | DAT
            Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ | % | Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt trên 95% | 95% | KHONG_DAT
            Xếp loại Đảng bộ phường | xếp loại | Đảng bộ phường hoàn thành tốt nhiệm vụ trở lên hằng năm | Hoàn thành nhiệm vụ | KHONG_DAT
            """)
    void a_share_of_units_reaching_a_rating_is_judged_on_the_share(String name, String unit, String target,
                                                                   String result, Verdict verdict) {
        check(name, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{2} vs {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Kết nạp đảng viên mới             | đảng viên | 48              | 52/48            | DAT
            Kết nạp đảng viên mới             | đảng viên | 48              | 52/48 đảng viên  | DAT
            Kết nạp đảng viên mới             | đảng viên | 48              | 20/48            | KHONG_DAT
            Phát triển đảng viên mới          | đảng viên | 30              | 20/30            | KHONG_DAT
            Phát triển đảng viên mới          | đảng viên | từ 6 trở lên    | 4/6              | KHONG_DAT
            Xây dựng tuyến phố văn minh đô thị | tuyến    | 4               | 2/4              | KHONG_DAT
            Xây dựng tuyến phố văn minh đô thị | tuyến    | 4               | 5/4 tuyến        | DAT
            Kết nạp đảng viên mới             | % kế hoạch | 100% kế hoạch  | 52/48 đảng viên  | DAT
            Kết nạp đảng viên mới             | NULL      | 48 đảng viên    | 52/48 đảng viên  | DAT
            """)
    void actual_over_target_above_one_hundred_percent_is_a_result_not_an_error(String name, String unit,
                                                                              String target, String result,
                                                                              Verdict verdict) {
        check(name, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{1} vs {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Hộ đói                 | không còn hộ đói                               | vẫn còn 5 hộ                  | KHONG_DAT
            Hộ đói                 | không còn hộ đói                               | Không còn hộ đói              | DAT
            Hộ đói                 | không còn hộ đói                               | 0                             | DAT
            Hộ nghèo               | không còn hộ nghèo thuộc diện tác động giảm nghèo | hộ nghèo còn 14 hộ         | CHUA_DANH_GIA
            Hộ nghèo               | không còn hộ nghèo thuộc diện tác động giảm nghèo | Không còn hộ nghèo         | DAT
            An toàn thực phẩm      | không để xảy ra ngộ độc thực phẩm              | xảy ra 1 vụ                   | KHONG_DAT
            An toàn thực phẩm      | không để xảy ra ngộ độc thực phẩm              | Không xảy ra ngộ độc thực phẩm | DAT
            Tham nhũng             | không để xảy ra trường hợp tham nhũng, tiêu cực phải xử lý | Chưa để xảy ra    | DAT
            Trạm y tế              | duy trì chuẩn quốc gia về y tế                 | tiếp tục giữ chuẩn            | DAT
            Trạm y tế              | duy trì chuẩn quốc gia về y tế                 | mất chuẩn                     | KHONG_DAT
            Trạm y tế              | duy trì chuẩn quốc gia về y tế                 | đang xây dựng lại trạm        | CHUA_DANH_GIA
            Đơn vị văn hóa         | giữ vững danh hiệu cơ quan văn hóa             | Tiếp tục giữ vững             | DAT
            Thu ngân sách          | đạt và vượt kế hoạch                           | bằng 112% kế hoạch            | DAT
            Thu ngân sách          | đạt và vượt kế hoạch                           | đạt 95% kế hoạch              | KHONG_DAT
            Thu ngân sách          | đạt và vượt kế hoạch                           | đạt và vượt kế hoạch          | DAT
            Tai nạn giao thông     | không tăng so với năm trước                    | thấp hơn năm trước            | DAT
            Tai nạn giao thông     | không tăng so với năm trước                    | bằng năm trước                | DAT
            Tai nạn giao thông     | không tăng so với năm trước                    | tăng 2 vụ                     | KHONG_DAT
            Tai nạn giao thông     | không tăng so với năm trước                    | cao hơn năm trước             | KHONG_DAT
            Tai nạn giao thông     | không tăng so với năm trước                    | Đang củng cố lực lượng        | CHUA_DANH_GIA
            Tai nạn giao thông     | kiềm chế, kéo giảm tai nạn giao thông          | giảm 3 vụ so với năm 2024     | DAT
            Tai nạn giao thông     | kiềm chế, kéo giảm tai nạn giao thông          | tương đương năm trước         | KHONG_DAT
            Phạm pháp hình sự      | giảm so với năm trước                          | tăng 1 vụ                     | KHONG_DAT
            """)
    void worded_results_are_judged_against_worded_targets(String name, String target, String result,
                                                          Verdict verdict) {
        check(name, null, target, result, verdict);
    }

    @ParameterizedTest(name = "{0} {2} vs {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Mức giảm tỷ lệ hộ cận nghèo hằng năm | %  | 1%                                        | giảm 0,8%  | KHONG_DAT
            Mức giảm tỷ lệ hộ cận nghèo hằng năm | %  | 1%                                        | giảm 1,2%  | DAT
            Mức giảm tỷ lệ hộ cận nghèo hằng năm | %  | 1%                                        | 1%         | DAT
            Mức giảm tỷ lệ hộ cận nghèo hằng năm | %  | 1%                                        | tăng 0,2%  | KHONG_DAT
            Mức giảm tỷ lệ hộ cận nghèo hằng năm | %  | 1%                                        | còn 1,5%   | CHUA_DANH_GIA
            NULL                                 | %  | Mức giảm tỷ lệ hộ cận nghèo hằng năm: 1%  | giảm 0,8%  | KHONG_DAT
            Giảm tỷ lệ hộ nghèo hằng năm         | %  | 1%                                        | giảm 1%    | DAT
            Tỷ suất sinh                         | ‰  | giảm 0,2‰/năm                             | giảm 0,3%o | DAT
            Tỷ suất sinh                         | ‰  | giảm 0,2‰/năm                             | giảm 0,1‰  | KHONG_DAT
            """)
    void a_decrease_against_an_amount_of_decrease_compares_the_amounts(String name, String unit, String target,
                                                                      String result, Verdict verdict) {
        check(name, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            dưới 15%o        | NULL | NULL          | < 15‰
            dưới 15%0        | NULL | NULL          | < 15‰
            15%o             | NULL | Tỷ suất sinh  | ≤ 15‰ · càng thấp càng tốt
            15               | %o   | Tỷ suất sinh  | ≤ 15‰ · càng thấp càng tốt
            giảm 0,2‰        | ‰    | NULL          | giảm ít nhất 0,2‰
            dưới 0,5%        | %    | NULL          | < 0,5%
            """)
    void per_mille_stays_per_mille_in_the_reading(String text, String unit, String name, String described) {
        assertThat(TargetParser.parse(text, unit, name, null).orElseThrow().describe()).isEqualTo(described);
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            14,2%o   | ‰    | 14,2‰
            14,2%0   | %o   | 14,2‰
            14,2‰    | NULL | 14,2
            giảm 0,3%o | ‰  | giảm 0,3‰
            """)
    void per_mille_results_are_shown_as_per_mille(String text, String unit, String described) {
        assertThat(ResultParser.parse(text, unit).orElseThrow().describe(unit == null ? null
                : VnNumbers.perMilleUnit(unit))).isEqualTo(described);
    }

    @ParameterizedTest(name = "{0} vs {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ | hộ | giảm 35%    | DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ | hộ | giảm 33,3%  | DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ | hộ | giảm 30%    | KHONG_DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ | hộ | giảm 1/3    | DAT
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ | hộ | giảm 10 hộ  | CHUA_DANH_GIA
            giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ | hộ | tăng 5%     | KHONG_DAT
            giảm 1/2 số hộ nghèo                         | hộ | giảm 50%    | DAT
            """)
    void a_fraction_of_the_baseline_is_a_share_to_decrease_by(String target, String unit, String result,
                                                              Verdict verdict) {
        check(null, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            2150      | tỷ đồng    | 2.306    | DAT
            2150      | tỷ đồng    | 2.050    | KHONG_DAT
            2,5       | tỷ đồng    | 2.306    | KHONG_DAT
            1500      | triệu đồng | 1.000    | KHONG_DAT
            từ 3-4    | tỷ đồng    | 3.500    | DAT
            """)
    void an_ambiguous_thousands_dot_is_settled_by_the_rows_own_target(String target, String unit, String result,
                                                                     Verdict verdict) {
        check(null, unit, target, result, verdict);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} stays ambiguous")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            50        | tỷ đồng    | 2.306
            NULL      | tỷ đồng    | 2.306
            """)
    void an_ambiguous_dot_that_the_target_does_not_settle_is_still_asked(String target, String unit, String result) {
        TargetReading reading = target == null ? null : TargetParser.parse(target, unit, null, null).orElseThrow();

        ParseResult<ResultReading> parsed = ResultParser.parse(result, unit, reading);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errors()).singleElement().asString().contains("có thể là");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            <img src=x 14>       | %        | ký tự lạ
            abc-5                | hộ       | dính liền
            x14                  | %        | dính liền
            14>                  | %        | dấu so sánh
            {14}                 | %        | ký tự lạ
            &nbsp;14             | %        | ký tự lạ
            8/16% (60%)          | %        | khác tỷ lệ
            9/8 khối phố         | khối phố | lớn hơn tổng số
            52/48                | NULL     | lớn hơn tổng số
            """)
    void junk_around_a_number_is_refused_with_a_reason(String text, String unit, String reason) {
        ParseResult<ResultReading> parsed = ResultParser.parse(text, unit);

        assertThat(parsed.isOk()).as(String.valueOf(parsed.value())).isFalse();
        assertThat(parsed.errors()).singleElement().asString().contains(reason);
    }

    @ParameterizedTest(name = "\"{0}\" = {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            8/16% (50%)          | %   | 50
            7/8 (87,5%)          | %   | 87.5
            130/130 (100%)       | ý kiến | 100
            7.853,10m2           | m2  | 7853.10
            3,93km               | km  | 3.93
            >98                  | %   | 98
            """)
    void figures_with_units_or_a_printed_percentage_are_still_read(String text, String unit, String number) {
        assertThat(ResultParser.parse(text, unit).orElseThrow().number()).isEqualByComparingTo(number);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as a target")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            <b>trên 95%</b>
            abc-5
            trên 9x5%
            """)
    void junk_in_a_target_is_refused(String text) {
        ParseResult<TargetReading> parsed = TargetParser.parse(text, "%", null, null);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errors()).singleElement().asString().isNotBlank();
    }
}

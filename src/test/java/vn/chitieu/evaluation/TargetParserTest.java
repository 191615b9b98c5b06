package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets as the resolutions in the seeds write them, and the reading shown back to the person. */
class TargetParserTest {

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            trên 95%                                        | %          | NULL                                | THRESHOLD   | > 95%
            >=98                                            | %          | NULL                                | THRESHOLD   | ≥ 98%
            ≥ 98%                                           | %          | NULL                                | THRESHOLD   | ≥ 98%
            dưới 0,5%                                       | %          | NULL                                | THRESHOLD   | < 0,5%
            đến năm 2030 dưới 0,5%                          | %          | Tỷ lệ hộ nghèo                      | THRESHOLD   | < 0,5%, đến năm 2030
            không quá 5%                                    | %          | NULL                                | THRESHOLD   | ≤ 5%
            tối đa 3 vụ                                     | vụ         | NULL                                | THRESHOLD   | ≤ 3 vụ
            tối thiểu 12%                                   | %          | NULL                                | THRESHOLD   | ≥ 12%
            từ 6 trở lên                                    | đảng viên  | NULL                                | THRESHOLD   | ≥ 6 đảng viên
            hơn 120                                         | công trình | NULL                                | THRESHOLD   | > 120 công trình
            đạt 85%                                         | %          | NULL                                | THRESHOLD   | ≥ 85%
            16,5                                            | triệu đồng | NULL                                | THRESHOLD   | ≥ 16,5 triệu đồng
            đạt 100% chỉ tiêu                               | %          | Tuyển quân và giao quân hằng năm     | COMPLETION  | ≥ 100%, hằng năm
            13/13 xã                                        | NULL       | NULL                                | RATIO       | ít nhất 13/13 xã (100%)
            8/8 khối phố                                    | khối phố   | NULL                                | RATIO       | ít nhất 8/8 khối phố (100%)
            giảm 11 hộ                                      | hộ         | NULL                                | CHANGE      | giảm ít nhất 11 hộ
            11                                              | hộ         | Giảm số hộ nghèo                    | CHANGE      | giảm ít nhất 11 hộ
            tăng 200 lao động                               | lao động   | NULL                                | CHANGE      | tăng ít nhất 200 lao động
            tăng bình quân 9%/năm                           | %/năm      | NULL                                | GROWTH      | tăng ≥ 9%/năm (bình quân, tính kép)
            bình quân hằng năm trên 9%                      | %/năm      | Tốc độ tăng tổng thu ngân sách      | GROWTH      | tăng > 9%/năm (bình quân, tính kép)
            đến năm 2030 so với năm 2025 tăng trên 8%/năm   | %/năm      | Thu nhập bình quân đầu người        | GROWTH      | tăng > 8%/năm (bình quân, tính kép)
            hoàn thành tốt nhiệm vụ trở lên                 | xếp loại   | NULL                                | RATING      | từ mức hoàn thành tốt nhiệm vụ trở lên
            từ 3-4 dự án                                    | dự án      | NULL                                | RANGE       | từ 3 đến 4 dự án
            không còn hộ nghèo thuộc diện tác động giảm nghèo | NULL     | NULL                                | QUALITATIVE | đạt trạng thái: không còn hộ nghèo thuộc diện tác động giảm nghèo
            vững mạnh về quốc phòng - an ninh               | NULL       | NULL                                | QUALITATIVE | đạt trạng thái: vững mạnh về quốc phòng - an ninh
            100% đạt chuẩn quốc gia; 100% có cơ sở vật chất 2 buổi/ngày | % | NULL                          | COMPOUND    | tất cả các phần: ≥ 100%; ≥ 100%
            """)
    void a_target_is_read_as_written_and_shown_back_in_plain_vietnamese(String text, String unit, String name,
                                                                        TargetKind kind, String described) {
        TargetReading reading = TargetParser.parse(text, unit, name, null).orElseThrow();

        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.describe()).isEqualTo(described);
        assertThat(reading.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            150 | more_than | > 150 lao động
            85  | at_least  | ≥ 85 lao động
            0,5 | <         | < 0,5 lao động
            """)
    void an_explicit_direction_overrides_the_bare_number(String text, String direction, String described) {
        TargetReading reading = TargetParser.parse(text, "lao động", null, Comparators.fromColumn(direction))
                .orElseThrow();

        assertThat(reading.describe()).isEqualTo(described);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ''           | %        | trống
            '   '        | %        | trống
            1.000        | NULL     | có thể là
            9/8 xã       | xã       | không thể lớn hơn
            3/0 xã       | xã       | lớn hơn 0
            từ 5-3 dự án | dự án    | đầu dưới lớn hơn
            >= ?!        | %        | Không đọc được
            1,2,3%       | %        | dấu phẩy
            """)
    void malformed_targets_get_a_vietnamese_reason(String text, String unit, String reason) {
        ParseResult<TargetReading> result = TargetParser.parse(text, unit, null, null);

        assertThat(result.isOk()).isFalse();
        assertThat(result.errors()).singleElement().asString().contains(reason);
    }
}

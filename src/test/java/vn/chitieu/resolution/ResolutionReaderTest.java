package vn.chitieu.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chitieu.evaluation.Comparator;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.TargetKind;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.indicator.Sector;

class ResolutionReaderTest {

    static String resource(String path) throws IOException {
        try (InputStream in = ResolutionReaderTest.class.getResourceAsStream("/resolution/" + path)) {
            // the lines starting with # quote the source; they are not part of the text
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n"));
        }
    }

    static List<CSVRecord> table(String path) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(resource(path))).getRecords();
    }

    @Test
    void section_III_of_000_gives_the_fifteen_targets_of_the_2025_2030_table() throws IOException {
        List<ProposedTarget> read = ResolutionReader.read(resource("000_muc_III.txt"));
        List<CSVRecord> expected = table("targets_2025_2030.csv");

        assertThat(read).hasSize(15);
        for (int i = 0; i < 15; i++) {
            ProposedTarget row = read.get(i);
            CSVRecord want = expected.get(i);
            String number = want.get("number");
            assertThat(row.label()).isEqualTo("(" + number + ")");
            assertThat(row.errors()).as(number).isEmpty();
            assertThat(row.sector().label()).as(number).isEqualTo(want.get("sector"));
            String name = want.get("ten_nhu_van_ban").isEmpty() ? want.get("name_vi") : want.get("ten_nhu_van_ban");
            assertThat(row.name()).as(number).isEqualTo(name);
            assertThat(row.horizon()).as(number).isEqualTo(horizon(want.get("horizon")));
            TargetReading reading = Targets.read(row.targetText(), row.unit(), row.name(), null, null, null)
                    .orElseThrow();
            // a compound target is met when each part is: each part holds the table's target
            for (TargetReading part : reading.kind() == TargetKind.COMPOUND ? reading.parts() : List.of(reading)) {
                switch (want.get("direction")) {
                    case "qualitative" -> assertThat(part.kind()).as(number)
                            .isIn(TargetKind.RATING, TargetKind.QUALITATIVE);
                    default -> {
                        assertThat(part.comparator()).as(number).isEqualTo(comparator(want.get("direction")));
                        assertThat(part.value()).as(number).isEqualByComparingTo(new BigDecimal(want.get("target")));
                    }
                }
            }
        }
        assertThat(read.get(9).parts()).extracting(ProposedTarget::name).containsExactly(
                "Tỷ lệ trường mầm non, tiểu học, trung học cơ sở đạt chuẩn quốc gia và đạt tiêu chuẩn “Trường học hạnh "
                        + "phúc”", "Tỷ lệ trường tiểu học, THCS công lập có cơ sở vật chất đảm bảo dạy học 2 buổi/ngày");
        assertThat(read.get(0).targetText()).isEqualTo("trên 3% tổng số đảng viên");
        assertThat(read.get(8).targetText()).isEqualTo("đến năm 2030 dưới 0,5%");
    }

    private static Horizon horizon(String words) {
        if (words.startsWith("average annual")) {
            return Horizon.AVERAGE_ANNUAL;
        }
        return switch (words) {
            case "annual" -> Horizon.ANNUAL;
            case "by 2030" -> Horizon.BY_YEAR;
            default -> Horizon.TERM;
        };
    }

    private static Comparator comparator(String direction) {
        return switch (direction) {
            case "more_than" -> Comparator.MORE_THAN;
            case "less_than" -> Comparator.LESS_THAN;
            default -> Comparator.AT_LEAST;
        };
    }

    static Stream<String> lists() throws IOException {
        return table("other_lists_expected.csv").stream().map(r -> r.get("danh_sach")).distinct();
    }

    @ParameterizedTest
    @MethodSource("lists")
    void other_wards_lists_are_read_row_by_row(String list) throws IOException {
        List<ProposedTarget> read = ResolutionReader.read(resource("lists/" + list + ".txt"));
        List<List<String>> got = new ArrayList<>();
        for (ProposedTarget row : read) {
            got.add(columns(row.label(), row));
            row.parts().forEach(part -> got.add(columns("↳", part)));
        }
        List<List<String>> expected = table("other_lists_expected.csv").stream()
                .filter(r -> r.get("danh_sach").equals(list))
                .map(r -> List.of(r.get("so"), r.get("linh_vuc"), r.get("chi_tieu"), r.get("dvt"), r.get("muc_tieu"),
                        r.get("ky_han"), r.get("doc_la"))).toList();
        assertThat(got).containsExactlyElementsOf(expected);
    }

    private static List<String> columns(String so, ProposedTarget row) {
        return List.of(so, row.sector() == null ? "" : row.sector().label(), row.name(),
                row.unit() == null ? "" : row.unit(), row.targetText(), row.horizonWords(),
                row.reading() == null ? "LỖI: " + row.errors() : row.reading());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. Về kinh tế: thu ngân sách tăng bình quân 9%/năm; 100% xã đạt chuẩn nông thôn mới | KINH_TE     | 2
            Văn hóa - xã hội\\n- Tỷ lệ hộ nghèo giảm còn 1%\\n- 100% trẻ em được tiêm chủng   | VAN_HOA_XA_HOI | 2
            a) Chỉ tiêu về quốc phòng, an ninh\\n+ Giao quân hằng năm đạt 100% chỉ tiêu        | QUOC_PHONG_AN_NINH | 1
            Tỷ lệ hộ nghèo giảm còn 1%; tỷ lệ dân số sử dụng nước sạch đạt 100%               | VAN_HOA_XA_HOI | 2
            """)
    void headings_in_their_many_forms_set_the_sector_of_the_targets_under_them(String text, Sector sector,
                                                                               int targets) {
        List<ProposedTarget> read = ResolutionReader.read(text.replace("\\n", "\n"));
        assertThat(read).hasSize(targets);
        assertThat(read.getFirst().sector()).isEqualTo(sector);
        assertThat(read).allMatch(ProposedTarget::isReadable);
    }

    @Test
    void without_a_heading_the_subject_names_the_sector() {
        Map<String, Sector> bySubject = ResolutionReader.read("Tỷ lệ hộ nghèo giảm còn 1%; tỷ lệ dân số sử dụng nước "
                        + "sạch đạt 100%; giao quân hằng năm đạt 100% chỉ tiêu; kết nạp từ 10 đảng viên trở lên").stream()
                .collect(Collectors.toMap(ProposedTarget::name, ProposedTarget::sector));
        assertThat(bySubject).containsEntry("Tỷ lệ hộ nghèo", Sector.VAN_HOA_XA_HOI)
                .containsEntry("Tỷ lệ dân số sử dụng nước sạch", Sector.MOI_TRUONG)
                .containsEntry("Giao quân hằng năm", Sector.QUOC_PHONG_AN_NINH)
                .containsEntry("Kết nạp", Sector.XAY_DUNG_DANG);
    }

    @Test
    void a_target_left_unnumbered_in_a_numbered_list_takes_the_number_its_gap_leaves() {
        List<ProposedTarget> read = ResolutionReader.read("""
                (9) Tỷ lệ hộ nghèo đến năm 2030 dưới 0,5%.
                100% các trường đạt chuẩn quốc gia; 100% các trường dạy học 2 buổi/ngày.
                (11) Tỷ lệ dân số tham gia bảo hiểm y tế trên 99%.""");
        assertThat(read).extracting(ProposedTarget::label).containsExactly("(9)", "(10)", "(11)");
        assertThat(read.get(1).parts()).hasSize(2);
    }

    @Test
    void a_row_that_cannot_be_read_says_why() {
        ProposedTarget row = ResolutionReader.read("(1) Tỷ lệ số hóa hồ sơ đạt 9/8 hồ sơ.").getFirst();
        assertThat(row.isReadable()).isFalse();
        assertThat(row.errors()).anyMatch(e -> e.contains("không thể lớn hơn"));
    }
}

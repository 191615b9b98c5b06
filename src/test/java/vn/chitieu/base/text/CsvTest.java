package vn.chitieu.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() throws IOException {
        List<Csv.Row> rows = Csv.read(new StringReader(
                "ma,chi_tieu,ghi_chu\n6,\"Thu ngân sách, bình quân\",\"Ghi \"\"ước\"\"\ndòng hai\"\n7,Hộ nghèo,\n"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("chi_tieu")).isEqualTo("Thu ngân sách, bình quân");
        assertThat(rows.get(0).get("ghi_chu")).isEqualTo("Ghi \"ước\"\ndòng hai");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).get("ghi_chu")).isEmpty();
    }

    @Test
    void excel_style_semicolons_and_a_byte_order_mark_are_understood() throws IOException {
        List<Csv.Row> rows = Csv.read(new StringReader("\uFEFFdon_vi;ket_qua\r\nTam Kỳ;98,5%\r\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("don_vi")).isEqualTo("Tam Kỳ");
            assertThat(row.get("ket_qua")).isEqualTo("98,5%");
        });
    }

    @Test
    void decomposed_vietnamese_is_normalised_to_composed_form() throws IOException {
        String decomposed = Normalizer.normalize("Trường Xuân", Normalizer.Form.NFD);

        List<Csv.Row> rows = Csv.read(new StringReader("ten\n" + decomposed + "\n"));

        assertThat(decomposed).isNotEqualTo("Trường Xuân");
        assertThat(rows.getFirst().get("ten")).isEqualTo("Trường Xuân");
    }

    @Test
    void an_unclosed_quote_is_reported_with_its_line() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,\"không đóng\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Dòng 2");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=HYPERLINK(\"http://x\",\"bấm\")", "+1+1", "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1)", "\tgiảm", "'=1+1", "''-5%"})
    void a_cell_that_starts_like_a_formula_is_written_as_text_and_read_back_unchanged(String cell) throws IOException {
        String file = Csv.write(List.of("ket_qua"), List.of(List.of(cell)));

        String written = file.lines().skip(1).findFirst().orElseThrow();
        assertThat(written.replace("\"", "")).startsWith("'");
        assertThat(Csv.read(new StringReader(file)).getFirst().get("ket_qua")).isEqualTo(cell.strip());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"98,5%", "giảm 11 hộ", "'trích dẫn'", "13/13 xã"})
    void an_ordinary_cell_is_written_as_it_is(String cell) throws IOException {
        String file = Csv.write(List.of("ket_qua"), List.of(List.of(cell)));

        assertThat(file.lines().skip(1).findFirst().orElseThrow().replace("\"", "")).isEqualTo(cell);
        assertThat(Csv.read(new StringReader(file)).getFirst().get("ket_qua")).isEqualTo(cell);
    }
}

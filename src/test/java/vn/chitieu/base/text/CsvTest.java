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
}

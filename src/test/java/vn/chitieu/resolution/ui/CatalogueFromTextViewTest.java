package vn.chitieu.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class CatalogueFromTextViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.chitieu.resolution.ResolutionService resolutions;

    static String section() throws IOException {
        try (InputStream in = CatalogueFromTextViewTest.class.getResourceAsStream("/resolution/000_muc_III.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n"));
        }
    }

    private long indicatorsOf(String unitCode) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM indicator i JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = i.org_unit_id
                WHERE u.code = ? AND t.code = '2025-2030'""").param(unitCode).query(Long.class).single();
    }

    private CatalogueFromTextView openFor(String unitCode) throws IOException {
        CatalogueFromTextView view = navigate(CatalogueFromTextView.class);
        assertThat(view.unit.chooseCode(unitCode)).isTrue();
        test(view.text).setValue(section());
        test(view.read).click();
        return view;
    }

    @Test
    void the_preview_shows_each_target_with_the_engines_reading_and_writes_nothing() throws IOException {
        CatalogueFromTextView view = openFor("pho-hoa");

        assertThat(view.topRows()).hasSize(15);
        // (10) and its two parts as "Trong đó" rows
        assertThat(view.lines).hasSize(17);
        CatalogueFromTextView.Line sixth = view.lines.get(5);
        assertThat(sixth.number.getValue()).isEqualTo("(6)");
        assertThat(sixth.name.getValue()).isEqualTo("Tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn");
        assertThat(sixth.target.getValue()).isEqualTo("bình quân hằng năm trên 9%");
        assertThat(sixth.reading.getText()).isEqualTo("tăng > 9%/năm (bình quân, tính kép)");
        assertThat(view.summary.getText()).isEqualTo("15 chỉ tiêu đọc được · 15 sẽ lưu · 0 đã có trong danh mục · 0 cần sửa");
        assertThat(view.save.isEnabled()).isTrue();
        assertThat(indicatorsOf("pho-hoa")).isZero();
    }

    @Test
    void a_corrected_field_is_read_again_and_an_unreadable_row_holds_back_the_whole_save() throws IOException {
        CatalogueFromTextView view = openFor("pho-hoa");
        CatalogueFromTextView.Line eleventh = view.lines.stream().filter(l -> "(11)".equals(l.row.label()))
                .findFirst().orElseThrow();

        // the grid's cells are not attached in a browserless test: the field is set, then read again as on a change
        eleventh.target.setValue("9/8 trường");
        eleventh.edited();

        assertThat(eleventh.reading.getText()).startsWith("Chưa đọc được:").contains("không thể lớn hơn");
        assertThat(view.save.isEnabled()).isFalse();
        view.saveAll();
        assertThat(indicatorsOf("pho-hoa")).isZero();

        eleventh.target.setValue("trên 98%");
        eleventh.edited();
        assertThat(eleventh.reading.getText()).isEqualTo("> 98%");
        test(view.save).click();

        assertThat(indicatorsOf("pho-hoa")).isEqualTo(17);
        assertThat(jdbc.sql("""
                SELECT i.target_text FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id
                WHERE u.code = 'pho-hoa' AND i.number = '11'""").query(String.class).single()).isEqualTo("trên 98%");
        // read again after saving: everything is now in the catalogue, nothing left to save
        assertThat(view.summary.getText()).contains("15 đã có trong danh mục");
        assertThat(view.save.isEnabled()).isFalse();
    }

    @Test
    void targets_the_unit_already_has_are_shown_as_such_and_not_saved_again() throws IOException {
        long before = indicatorsOf("tam-ky");
        CatalogueFromTextView view = openFor("tam-ky");

        assertThat(view.lines.getFirst().reading.getText()).startsWith("Đã có trong danh mục: (1)");
        assertThat(view.lines.getFirst().name.isReadOnly()).isTrue();
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(indicatorsOf("tam-ky")).isEqualTo(before);
    }

    @Test
    void a_target_the_city_gave_every_ward_counts_as_had_and_another_wards_own_does_not() {
        String text = """
                (1) Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn đến năm 2030 trên 90%.
                (2) Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trên 95%.""";

        // Bàn Thạch reports only what Đà Nẵng gave its wards; (2) is Tam Kỳ's own target
        var banThach = resolutions.preview(text, "2025-2030", unit("ban-thach"));
        var tamKy = resolutions.preview(text, "2025-2030", unit("tam-ky"));

        assertThat(banThach).extracting(r -> r.existing() != null).containsExactly(true, false);
        assertThat(tamKy).extracting(r -> r.existing() != null).containsExactly(true, true);
    }

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    void on_a_phone_the_choices_wrap_and_the_upload_keeps_to_the_page_instead_of_widening_it() {
        CatalogueFromTextView view = navigate(CatalogueFromTextView.class);

        assertThat(view.filters.getFlexWrap()).isEqualTo(FlexLayout.FlexWrap.WRAP);
        assertThat(view.filters.getChildren()).containsExactly(view.term, view.unit, view.read);
        assertThat(view.upload.getMaxWidth()).isEqualTo("100%");
    }

    @Test
    void a_paste_too_long_to_read_is_said_above_the_table_and_nothing_is_proposed() {
        CatalogueFromTextView view = navigate(CatalogueFromTextView.class);

        test(view.text).setValue("(1) Tỷ lệ hộ nghèo dưới 1%. ".repeat(40_000));
        test(view.read).click();

        assertThat(view.lines).isEmpty();
        assertThat(view.problems.getElement().getText()).isEmpty();
        assertThat(view.problems.getChildren().map(c -> c.getElement().getText()).toList())
                .singleElement().asString().startsWith("Văn bản quá dài");
        assertThat(view.save.isEnabled()).isFalse();
    }
}

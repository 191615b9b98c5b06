package vn.chitieu.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.report.Appendix;
import vn.chitieu.report.ReportFormat;
import vn.chitieu.report.ReportService;

@IntegrationTest
@Transactional
class ReportViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_preview_the_year_appendix_and_download_it_with_their_edited_paragraph() throws Exception {
        ReportView view = navigate(ReportView.class);
        view.year.setValue(2026);

        assertThat(view.unit.getValue().name()).isEqualTo("Phường Tam Kỳ");
        assertThat(view.title.getText()).isEqualTo(
                "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2026, CHỈ TIÊU NGHỊ QUYẾT NĂM 2027");
        var lines = view.grids().getFirst().getListDataView().getItems().toList();
        // the resolution's 15 and the 3 the city assigned to its wards
        assertThat(lines.stream().filter(l -> l.kind() == Appendix.Kind.INDICATOR)).hasSize(15 + 3);
        assertThat(view.summary.getValue()).startsWith("Năm 2026 (ước thực hiện), có ");

        view.bySector.setValue(true);
        assertThat(view.summary.getValue()).contains("\n- Kinh tế: có ");

        view.summary.setValue("Đoạn đánh giá do cán bộ viết lại.");
        view.format.setValue(ReportFormat.DOCX);
        ReportService.Download file = view.download();
        assertThat(file.fileName()).isEqualTo("phu-luc-tam-ky-nam-2026.docx");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("Đoạn đánh giá do cán bộ viết lại."));
        }
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void the_term_appendix_shows_the_former_wards_and_only_units_in_reach_are_offered() {
        ReportView view = navigate(ReportView.class);
        view.term.setValue(view.term.getListDataView().getItems().filter(t -> t.code().equals("2020-2025"))
                .findFirst().orElseThrow());
        view.kind.setValue(ReportView.TERM);

        assertThat(view.unit.getLazyDataView().getItems().map(u -> u.name()))
                .doesNotContain("Phường Phổ Hòa").contains("Phường Tam Kỳ");
        assertThat(view.title.getText()).isEqualTo("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020-2025");
        assertThat(view.grids()).hasSize(2);
        assertThat(view.problem.getText()).isEmpty();
    }

    @Test
    @WithMockUser(username = "trinhchieu", roles = "TRINH_CHIEU")
    void the_wall_screen_account_cannot_open_the_reports() {
        assertThatThrownBy(() -> navigate(ReportView.class)).isNotNull();
    }
}

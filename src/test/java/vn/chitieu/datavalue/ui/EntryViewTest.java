package vn.chitieu.datavalue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Verdict;

@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class EntryViewTest extends SpringBrowserlessTest {

    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    EntryView view;

    @BeforeEach
    void openQuarterOne() {
        view = navigate(EntryView.class);
        view.year.setValue(2026);
        view.part.setValue("Quý I");
    }

    EntryView.RowEditor row(String number) {
        return view.editors.stream().filter(e -> ("(" + number + ")").equals(e.source.indicator().numberLabel()))
                .findFirst().orElseThrow();
    }

    @Test
    void the_sheet_lists_the_running_terms_targets_of_the_unit() {
        assertThat(view.unit.getValue().name()).isEqualTo("Phường Tam Kỳ");
        assertThat(view.period()).isEqualTo(Period.quarter(2026, 1));
        // the resolution's 15 and the 3 the city assigned to its wards
        assertThat(view.editors).hasSize(15 + 3);
        assertThat(view.status.getText()).contains("Quý I/2026");
    }

    @Test
    void a_value_is_read_and_judged_as_it_is_typed() {
        EntryView.RowEditor insurance = row("11");

        test(insurance.value).setValue("99,4%");

        assertThat(insurance.reading.getText()).isEqualTo("= 99,4%");
        assertThat(insurance.verdict.getElement().getTextRecursively()).startsWith(Verdict.DAT.label());
        assertThat(insurance.dirty()).isTrue();
        assertThat(insurance.row.getElement().hasAttribute("data-dirty")).isTrue();
    }

    @Test
    void a_miss_asks_for_its_reason_and_remedy_and_is_not_saved_without_them() {
        EntryView.RowEditor insurance = row("11");
        test(insurance.value).setValue("98,7%");

        assertThat(insurance.reason.isInvalid()).isTrue();
        view.saveAll();

        assertThat(values.find(insurance.source.indicator().id(), insurance.unitId, insurance.period, false)).isEmpty();
        assertThat(insurance.problem.getText()).isEqualTo("Chưa đạt mục tiêu: cần ghi nguyên nhân và giải pháp.");

        test(insurance.reason).setValue("Một số hộ kinh doanh chưa tham gia BHYT hộ gia đình");
        test(insurance.remedy).setValue("Vận động theo từng khối phố trong quý II");
        view.saveAll();

        assertThat(values.find(insurance.source.indicator().id(), insurance.unitId, insurance.period, false))
                .hasValueSatisfying(v -> {
                    assertThat(v.valueText()).isEqualTo("98,7%");
                    assertThat(v.reason()).startsWith("Một số hộ");
                });
        assertThat(view.editors).noneMatch(EntryView.RowEditor::dirty);
    }

    @Test
    void an_impossible_value_is_marked_on_its_field() {
        EntryView.RowEditor water = row("12");

        test(water.value).setValue("104%");

        assertThat(water.value.isInvalid()).isTrue();
        assertThat(water.problem.getText()).contains("không thể vượt 100%");
    }

    @Test
    void a_value_saved_by_someone_else_meanwhile_opens_the_conflict_dialog() {
        EntryView.RowEditor waste = row("13");
        test(waste.value).setValue("100%");
        view.saveAll();
        view.part.setValue("Quý II");
        view.part.setValue("Quý I");
        EntryView.RowEditor opened = row("13");
        // a colleague saves a newer figure after this sheet was opened
        var stored = values.find(opened.source.indicator().id(), opened.unitId, opened.period, false).orElseThrow();
        values.save(stored.withValue("99,5%", null, null).withExplanation("Xe thu gom hỏng", "Thuê xe"));

        test(opened.value).setValue("100% (đã kiểm tra)");
        view.saveAll();

        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("99,5%");
        assertThat(values.find(opened.source.indicator().id(), opened.unitId, opened.period, false).orElseThrow()
                .valueText()).isEqualTo("99,5%");
    }

    @Test
    void the_history_of_a_value_lists_every_version_with_who_and_why() {
        EntryView.RowEditor waste = row("13");
        test(waste.value).setValue("97%");
        test(waste.reason).setValue("Xe thu gom hỏng hai tuần");
        test(waste.remedy).setValue("Thuê xe dự phòng");
        view.saveAll();
        EntryView.RowEditor saved = row("13");
        test(saved.value).setValue("100%");
        view.saveAll();

        EntryView.RowEditor twice = row("13");
        view.showHistory(twice.source.current());

        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Phiên bản 2", "100%", "Phiên bản 1", "97%", "canbo", "Xe thu gom hỏng hai tuần");
    }

    @Test
    void a_yearly_figure_that_puts_the_target_at_risk_by_2030_also_needs_its_reason() {
        // (2) party cells doing well, target above 95%: 96,2% in 2025 (demo), 96% in 2026 holds the line above 95%,
        // but 95,6% the year after meets the target while heading to about 94,7% by 2030
        view.part.setValue("Cả năm");
        view.year.setValue(2026);
        EntryView.RowEditor y2026 = row("2");
        test(y2026.value).setValue("96%");
        view.saveAll();
        view.year.setValue(2027);

        EntryView.RowEditor y2027 = row("2");
        test(y2027.value).setValue("95,6%");

        assertThat(y2027.verdict.getElement().getTextRecursively()).contains("Đạt", "Nguy cơ không đạt");
        assertThat(y2027.reason.isInvalid()).isTrue();
        assertThat(y2027.problem.getText()).isEqualTo(
                "Theo xu hướng, nguy cơ không đạt mục tiêu cuối nhiệm kỳ: cần ghi nguyên nhân và giải pháp.");
    }

    @Test
    void a_row_whose_value_cannot_stand_shows_its_error_once_and_no_verdict() {
        EntryView.RowEditor water = row("12");

        test(water.value).setValue("104%");

        assertThat(water.verdict.getChildren()).isEmpty();
        assertThat(water.problem.getText()).endsWith(".").doesNotContain(";");
        assertThat(water.value.getErrorMessage()).isNullOrEmpty();
        assertThat(water.reason.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void reason_and_remedy_are_multi_line_and_keep_their_lines() {
        EntryView.RowEditor insurance = row("11");
        test(insurance.value).setValue("98,7%");
        test(insurance.reason).setValue("Hộ kinh doanh chưa tham gia\nNgười lao động tự do chưa mua");
        test(insurance.remedy).setValue("Vận động từng khối phố");
        view.saveAll();

        assertThat(insurance.reason).isInstanceOf(com.vaadin.flow.component.textfield.TextArea.class);
        assertThat(values.find(insurance.source.indicator().id(), insurance.unitId, insurance.period, false)
                .orElseThrow().reason()).isEqualTo("Hộ kinh doanh chưa tham gia\nNgười lao động tự do chưa mua");
    }

    @Test
    void the_previous_period_of_a_quarter_is_the_quarter_before_and_is_named() {
        EntryView.RowEditor insurance = row("11");
        long indicator = insurance.source.indicator().id();
        values.save(DataValue.draft(indicator, insurance.unitId, Period.quarter(2026, 2), false, "98,9%", null, null,
                null).withExplanation("Chưa đủ", "Vận động"));

        view.part.setValue("Quý III");

        EntryView.RowEditor third = row("11");
        assertThat(third.source.previous().period()).isEqualTo(Period.quarter(2026, 2));
        assertThat(third.row.getElement().getTextRecursively()).contains("Quý II/2026: 98,9%");
        assertThat(view.sheet.getElement().getTextRecursively()).contains("Kỳ trước: Quý II/2026");
        // Quý I follows Quý IV of the year before, and says so when that has no figure
        view.part.setValue("Quý I");
        assertThat(row("11").row.getElement().getTextRecursively()).contains("Quý IV/2025: chưa có");
    }

    @Test
    void a_closed_period_shows_the_vaadin_padlock_not_a_character() {
        long unit = view.unit.getValue().id();
        vn.chitieu.TestAccounts.as("lanhdao", "LANH_DAO", () -> values.lock(unit, Period.quarter(2026, 1)));

        view.load();

        assertThat(view.status.getElement().getTextRecursively()).doesNotContain("🔒").contains("đã khóa sổ");
        assertThat(view.status.getChildren().filter(c -> c instanceof com.vaadin.flow.component.icon.Icon)
                .map(c -> c.getElement().getAttribute("icon"))).containsExactly("vaadin:lock");
    }

    @Test
    void the_sheet_opens_at_the_unit_and_period_the_address_names() {
        com.vaadin.flow.component.UI.getCurrent().navigate("nhap-ky",
                com.vaadin.flow.router.QueryParameters.fromString("don-vi=tam-ky&ky=2026-Q3"));
        EntryView opened = (EntryView) getCurrentView();

        assertThat(opened.unit.getValue().code()).isEqualTo("tam-ky");
        assertThat(opened.period()).isEqualTo(Period.quarter(2026, 3));
        assertThat(opened.status.getText()).contains("Quý III/2026");
    }

    @Test
    void the_sheet_opens_on_the_persons_own_unit_when_another_unit_has_a_running_catalogue_too() {
        long phoHoa = jdbc.sql("SELECT id FROM org_unit WHERE code = 'pho-hoa'").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, number, name, unit, target_text,
                                               sort_order, version)
                        SELECT id, 'KINH_TE', :unit, '1', 'Thu ngân sách', '%', 'trên 5%', 1, 0 FROM term
                        WHERE code = '2025-2030'""").param("unit", phoHoa).update();
        vn.chitieu.TestAccounts.assign(jdbc, phoHoa, "canbo");

        // a fresh sheet: navigating to the sheet already shown would keep the one opened before the insert
        navigate(OwedView.class);
        EntryView opened = navigate(EntryView.class);

        assertThat(opened.unit.getLazyDataView().getItems().map(u -> u.code())).contains("pho-hoa", "tam-ky");
        assertThat(opened.unit.getValue().code()).isEqualTo("tam-ky");
    }
}

package vn.chitieu.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import java.util.List;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.indicator.Indicator;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class CatalogueViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.chitieu.indicator.IndicatorService indicators;
    @Autowired
    vn.chitieu.datavalue.EntryService entries;
    @Autowired
    vn.chitieu.dashboard.DashboardService dashboard;
    @Autowired
    vn.chitieu.datavalue.DataValueService values;

    long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    Indicator numbered(CatalogueView view, String number) {
        return view.grid.getListDataView().getItems().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    @Test
    void an_administrator_adds_a_target_and_sees_how_the_system_reads_it_first() {
        CatalogueView view = navigate(CatalogueView.class);
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(15);

        CatalogueView.IndicatorForm form = view.edit(null);
        roundTrip();
        test(form.name).setValue("Tỷ lệ hộ nghèo đa chiều khu vực ven biển");
        test(form.measure).setValue("%");
        test(form.target).setValue("9/8 xã");

        assertThat(form.target.isInvalid()).isTrue();
        assertThat(form.target.getErrorMessage()).contains("không thể lớn hơn");

        test(form.target).setValue("đến năm 2030 dưới 1%");
        assertThat(form.reading.getText()).isEqualTo("Hệ thống hiểu là: < 1%, đến năm 2030");
        test(form.save).click();

        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(16);
        Indicator added = view.grid.getListDataView().getItems()
                .filter(i -> i.name().startsWith("Tỷ lệ hộ nghèo đa chiều khu vực")).findFirst().orElseThrow();
        assertThat(added.target().comparator()).hasToString("LESS_THAN");
        assertThat(added.target().horizonYear()).isEqualTo(2030);
    }

    @Test
    void the_catalogue_is_one_units_own_targets_and_another_units_never_leak_in() {
        jdbc.sql("""
                INSERT INTO indicator (term_id, sector, org_unit_id, number, name, unit, target_text, sort_order)
                SELECT t.id, 'KINH_TE', u.id, '1', 'Chỉ tiêu riêng của Phổ Hòa (thử)', '%', 'trên 5%', 1
                FROM term t, org_unit u WHERE t.code = '2025-2030' AND u.code = 'pho-hoa'""").update();

        // an administrator with no unit opens on the first unit by name that has a catalogue of its own
        CatalogueView view = navigate(CatalogueView.class);
        assertThat(view.unit.getValue().code()).isEqualTo("pho-hoa");
        assertThat(view.grid.getListDataView().getItems()).extracting(Indicator::name)
                .containsExactly("Chỉ tiêu riêng của Phổ Hòa (thử)");

        assertThat(view.unit.chooseCode("tam-ky")).isTrue();
        assertThat(view.grid.getListDataView().getItems()).hasSize(15)
                .allMatch(i -> i.orgUnitId() != null && i.orgUnitId().getId() == unit("tam-ky"));
        // the city's shared indicators are in their own section, not among Tam Kỳ's own
        assertThat(view.grid.getListDataView().getItems()).noneMatch(Indicator::shared);

        com.vaadin.flow.component.UI.getCurrent().navigate("danh-muc",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("don-vi", "pho-hoa")));
        CatalogueView addressed = (CatalogueView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        assertThat(addressed.unit.getValue().code()).isEqualTo("pho-hoa");
        assertThat(addressed.grid.getListDataView().getItems()).hasSize(1);
    }

    @Test
    void correcting_a_target_stores_the_engines_new_reading() {
        CatalogueView view = navigate(CatalogueView.class);
        Indicator first = view.grid.getListDataView().getItems().filter(i -> "1".equals(i.number()))
                .findFirst().orElseThrow();

        CatalogueView.IndicatorForm form = view.edit(first);
        roundTrip();
        test(form.target).setValue("từ 4% trở lên");
        test(form.save).click();

        Indicator corrected = view.grid.getListDataView().getItems().filter(i -> "1".equals(i.number()))
                .findFirst().orElseThrow();
        assertThat(corrected.targetText()).isEqualTo("từ 4% trở lên");
        assertThat(corrected.target().comparator()).hasToString("AT_LEAST");
        assertThat(corrected.target().value()).isEqualByComparingTo("4");
        assertThat(corrected.version()).isGreaterThan(first.version());
    }

    @Test
    void yearly_plans_and_a_sub_row_are_kept_and_a_plan_that_cannot_be_read_is_refused_before_writing() {
        CatalogueView view = navigate(CatalogueView.class);
        Indicator water = view.grid.getListDataView().getItems().filter(i -> "12".equals(i.number()))
                .findFirst().orElseThrow();

        CatalogueView.IndicatorForm form = view.edit(null);
        roundTrip();
        assertThat(form.plans.keySet()).containsExactly(2026, 2027, 2028, 2029, 2030);
        test(form.name).setValue("Tỷ lệ hộ dùng nước máy");
        test(form.measure).setValue("%");
        test(form.target).setValue("đạt 100%");
        form.parent.setValue(water);
        test(form.plans.get(2026)).setValue("97,5%");
        test(form.plans.get(2027)).setValue("???");

        test(form.save).click();

        assertThat(form.plans.get(2027).isInvalid()).isTrue();
        assertThat(form.plans.get(2027).getErrorMessage()).startsWith("Kế hoạch năm 2027 \"???\": Không đọc được");
        assertThat(view.grid.getListDataView().getItems().filter(i -> i.name().equals("Tỷ lệ hộ dùng nước máy")))
                .isEmpty();

        test(form.plans.get(2027)).setValue("98%");
        test(form.save).click();

        List<Indicator> rows = view.grid.getListDataView().getItems().toList();
        Indicator sub = rows.stream().filter(i -> i.name().equals("Tỷ lệ hộ dùng nước máy")).findFirst().orElseThrow();
        assertThat(sub.parentId().getId()).isEqualTo(water.id());
        assertThat(rows.indexOf(sub)).isEqualTo(rows.indexOf(water) + 1);
        assertThat(sub.plans()).extracting(AnnualPlan::year, AnnualPlan::text)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2026, "97,5%"),
                        org.assertj.core.groups.Tuple.tuple(2027, "98%"));
        assertThat(sub.plans()).filteredOn(p -> p.year() == 2026).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("97.5"));
    }

    @Test
    void a_plan_in_words_or_with_a_comparator_is_accepted_and_read_like_a_target() {
        CatalogueView view = navigate(CatalogueView.class);
        CatalogueView.IndicatorForm form = view.edit(null);
        roundTrip();
        test(form.name).setValue("Số hộ nghèo");
        test(form.measure).setValue("hộ");
        test(form.target).setValue("giảm 40 hộ");
        test(form.plans.get(2026)).setValue("Giảm 07 hộ");
        test(form.plans.get(2027)).setValue(">1.500");
        test(form.plans.get(2028)).setValue("Duy trì không còn hộ đói");

        assertThat(form.plans.values()).noneMatch(com.vaadin.flow.component.textfield.TextField::isInvalid);
        assertThat(form.plans.get(2026).getHelperText()).startsWith("Hệ thống hiểu là: giảm");
        test(form.save).click();

        Indicator saved = view.grid.getListDataView().getItems().filter(i -> i.name().equals("Số hộ nghèo"))
                .findFirst().orElseThrow();
        // each plan is kept as written, with the number the engine's target reading finds in it (none in words)
        for (AnnualPlan plan : saved.plans()) {
            assertThat(plan.text()).isEqualTo(form.plans.get(plan.year()).getValue());
            assertThat(plan.sameAs(new AnnualPlan(plan.year(), plan.text(), vn.chitieu.indicator.IndicatorService
                    .planReading(saved, plan.text()).orElseThrow().value()))).isTrue();
        }
        assertThat(saved.planOf(2026).orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(saved.planOf(2027).orElseThrow().value()).isEqualByComparingTo("1500");
        assertThat(saved.planOf(2028).orElseThrow().value()).isNull();
    }

    @Test
    void the_add_dialog_opens_on_the_administrators_unit_and_offers_no_former_ward_for_the_running_term() {
        jdbc.sql("UPDATE app_user SET org_unit_id = ? WHERE username = 'quantri'").param(unit("pho-hoa")).update();
        CatalogueView view = navigate(CatalogueView.class);

        CatalogueView.IndicatorForm form = view.edit(null);

        assertThat(form.unit.getValue().code()).isEqualTo("pho-hoa");
        assertThat(form.unit.getLazyDataView().getItems().map(u -> u.name()))
                .contains("Phường Tam Kỳ", "Phường Phổ Hòa").noneMatch(name -> name.contains("(cũ)"));
        assertThat(form.plans.values()).allSatisfy(plan -> assertThat(plan.getLabel()).matches("Năm \\d{4}"));
    }

    @Test
    void a_running_terms_indicator_cannot_be_given_to_a_former_ward() {
        CatalogueView view = navigate(CatalogueView.class);
        Indicator first = numbered(view, "1");
        Indicator moved = new Indicator(first.id(), first.termId(), first.sector(),
                org.springframework.data.jdbc.core.mapping.AggregateReference.to(unit("an-my")), null, first.number(),
                first.name(), first.unit(), first.responsible(), first.targetText(), first.target(), null,
                first.sortOrder(), first.source(), first.plans(), first.version());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> indicators.save(moved))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Phường An Mỹ (cũ)")
                .hasMessageContaining("không còn hoạt động");
        // Phước Hòa has no end date: that it was merged into An Xuân is what makes it a former ward
        Indicator toPhuocHoa = new Indicator(null, first.termId(), first.sector(),
                org.springframework.data.jdbc.core.mapping.AggregateReference.to(unit("phuoc-hoa")), null, "99",
                "Chỉ tiêu thử", "%", null, "trên 5%", null, null, 99, null, java.util.Set.of(), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> indicators.save(toPhuocHoa))
                .hasMessageContaining("Phường Phước Hòa (cũ)");
    }

    @Test
    void a_deactivated_indicator_leaves_the_catalogue_sheet_and_dashboard_keeps_its_history_and_comes_back() {
        CatalogueView view = navigate(CatalogueView.class);
        Indicator insurance = numbered(view, "11");
        long tamKy = unit("tam-ky");
        long figures = jdbc.sql("SELECT COUNT(*) FROM data_value WHERE indicator_id = ?").param(insurance.id())
                .query(Long.class).single();

        CatalogueView.IndicatorForm form = view.edit(insurance);
        var ask = form.askDeactivate(insurance);
        test(find(com.vaadin.flow.component.textfield.TextField.class).from(ask).single())
                .setValue("Nghị quyết bổ sung đã bỏ chỉ tiêu này");
        com.vaadin.flow.component.ComponentUtil.fireEvent(ask, new com.vaadin.flow.component.confirmdialog
                .ConfirmDialog.ConfirmEvent(ask, false));

        assertThat(view.grid.getListDataView().getItems()).noneMatch(i -> i.id().equals(insurance.id()));
        var term = indicators.requireTerm("2025-2030");
        assertThat(vn.chitieu.TestAccounts.as("canbo", "CAN_BO", () -> entries.sheet(term, tamKy,
                vn.chitieu.datavalue.Period.quarter(2026, 3)))).noneMatch(r -> r.indicator().id().equals(insurance.id()));
        // 14 of the resolution left, and the 3 the city assigned to its wards
        assertThat(dashboard.periods("2025-2030", tamKy, 2026).getFirst().expected()).isEqualTo(14 + 3);
        assertThat(dashboard.indicatorList("2025-2030", tamKy)).hasSize(14 + 3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value WHERE indicator_id = ?").param(insurance.id())
                .query(Long.class).single()).isEqualTo(figures);
        assertThat(values.refusals(insurance, tamKy, vn.chitieu.datavalue.Period.quarter(2026, 3), "99%", null, null,
                null)).singleElement().asString().contains("đã ngừng theo dõi");
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE action = 'CHI_TIEU_NGUNG_THEO_DOI' AND entity_id = ?")
                .param(insurance.id()).query(String.class).single()).isEqualTo("Nghị quyết bổ sung đã bỏ chỉ tiêu này");

        view.showInactive.setValue(true);
        assertThat(view.grid.getListDataView().getItems()).anyMatch(i -> i.id().equals(insurance.id()));
        indicators.reactivate(insurance.id());
        view.refresh();
        assertThat(dashboard.indicatorList("2025-2030", tamKy)).hasSize(15 + 3);
        assertThat(indicators.inactiveIds(term)).isEmpty();
    }
}

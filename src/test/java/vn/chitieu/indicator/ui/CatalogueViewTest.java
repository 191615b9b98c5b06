package vn.chitieu.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
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
    void yearly_plans_and_a_sub_row_are_kept_and_a_plan_in_words_is_refused_before_writing() {
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
        test(form.plans.get(2027)).setValue("gần đủ");

        test(form.save).click();

        assertThat(form.plans.get(2027).isInvalid()).isTrue();
        assertThat(form.plans.get(2027).getErrorMessage()).isNotBlank();
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
}

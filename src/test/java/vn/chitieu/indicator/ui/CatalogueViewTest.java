package vn.chitieu.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
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
}

package vn.chitieu.datavalue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class CarryOverViewTest extends SpringBrowserlessTest {

    @Test
    void the_administrator_previews_then_copies_tam_kys_catalogue_once() {
        CarryOverView view = navigate(CarryOverView.class);
        assertThat(view.unit.chooseCode("tam-ky")).isTrue();

        assertThat(view.from.getValue().code()).isEqualTo("2020-2025");
        assertThat(view.to.getValue().code()).isEqualTo("2025-2030");
        // a former ward is no unit of the new term: not offered, nor by its address
        assertThat(view.unit.getLazyDataView().getItems()).noneMatch(u -> u.code().equals("an-my"))
                .anyMatch(u -> u.code().equals("tam-ky"));
        assertThat(view.unit.chooseCode("an-my")).isFalse();
        long toCopy = view.grid.getListDataView().getItems().filter(l -> l.copied()).count();
        assertThat(toCopy).isPositive();
        assertThat(view.copy.getText()).isEqualTo("Sao chép " + toCopy + " chỉ tiêu");

        test(view.copy).click();
        roundTrip();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("message")).contains("Phường Tam Kỳ", "2020-2025", "2025-2030");
        view.copyNow();

        assertThat(view.grid.getListDataView().getItems()).allMatch(l -> l.present());
        assertThat(view.copy.isEnabled()).isFalse();
        assertThat(view.summary.getText()).startsWith("0 chỉ tiêu sẽ được sao chép");
    }
}

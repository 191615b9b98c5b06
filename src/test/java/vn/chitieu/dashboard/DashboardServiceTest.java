package vn.chitieu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.Sector;

@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void sectors_come_in_the_documents_order_and_targets_before_plain_figures() {
        long tamKy = dashboard.unitsWithIndicators("2020-2025").stream()
                .filter(u -> u.code().equals("tam-ky")).findFirst().orElseThrow().id();
        List<IndicatorRow> rows = dashboard.indicatorList("2020-2025", tamKy);

        assertThat(rows).extracting(IndicatorRow::sector).isSorted();
        for (Sector sector : Sector.values()) {
            List<Boolean> withoutTarget = rows.stream().filter(r -> r.sector() == sector)
                    .map(r -> r.targetText() == null).toList();
            assertThat(withoutTarget).as(sector.label()).isSorted();
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.targetText()).isNotNull());
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void a_unit_shows_its_own_indicators_and_those_of_the_units_it_was_formed_from() {
        long tamKy = dashboard.unitsWithIndicators("2020-2025").stream()
                .filter(u -> u.code().equals("tam-ky")).findFirst().orElseThrow().id();

        List<String> units = dashboard.indicatorList("2020-2025", tamKy).stream()
                .map(IndicatorRow::unitName).distinct().sorted().toList();

        assertThat(units).containsExactly("Phường An Mỹ (cũ)", "Phường An Xuân (cũ)", "Phường Tam Kỳ",
                "Phường Trường Xuân (cũ)");
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void the_former_wards_unmet_targets_of_endnotes_37_to_39_are_not_met() {
        // Tam Kỳ's list carries its former wards
        long tamKy = dashboard.unitsWithIndicators("2020-2025").stream()
                .filter(u -> u.code().equals("tam-ky")).findFirst().orElseThrow().id();
        List<IndicatorRow> rows = dashboard.indicatorList("2020-2025", tamKy);

        // each row the documents list as unmet, with its unit
        for (String[] unmet : new String[][] {
                {"Phường Trường Xuân (cũ)", "Tỷ lệ hộ dân sử dụng nước máy"},
                {"Phường Trường Xuân (cũ)", "Phát triển đảng viên mới hằng năm"},
                {"Phường Trường Xuân (cũ)", "Tỷ lệ lao động phi nông nghiệp"},
                {"Phường An Xuân (cũ)", "Xây dựng tuyến phố văn minh đô thị"},
                {"Phường An Mỹ (cũ)", "Tỷ lệ tham gia bảo hiểm y tế toàn dân"},
                {"Phường An Mỹ (cũ)", "Phát triển đảng viên mới (cả nhiệm kỳ)"}}) {
            assertThat(rows).as(unmet[0] + ": " + unmet[1])
                    .filteredOn(r -> r.unitName().equals(unmet[0]) && r.name().equals(unmet[1]))
                    .singleElement()
                    .satisfies(r -> assertThat(r.assessment().verdict()).isEqualTo(Verdict.KHONG_DAT));
        }
        assertThat(rows).filteredOn(r -> r.assessment().verdict() == Verdict.DAT).isNotEmpty();
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> dashboard.indicatorList("2025-2030", 1L))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

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

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void the_unit_picker_finds_only_readable_units_by_name_or_code_whatever_the_accents_and_case() {
        List<String> all = dashboard.unitChoices("2020-2025", "", 0, 50).stream().map(u -> u.code()).toList();

        assertThat(all).contains("tam-ky").doesNotContain("pho-hoa");
        assertThat(dashboard.countUnitChoices("2020-2025", "")).isEqualTo(all.size());
        assertThat(dashboard.unitChoices("2020-2025", "phuong tam ky", 0, 50)).extracting(u -> u.code())
                .containsExactly("tam-ky");
        assertThat(dashboard.unitChoices("2020-2025", "TAM-KY", 0, 50)).extracting(u -> u.code())
                .containsExactly("tam-ky");
        // a percent sign is a character to find, not a wildcard
        assertThat(dashboard.countUnitChoices("2020-2025", "%")).isZero();
        // one page, then the next: in name order, no unit twice
        List<String> paged = new java.util.ArrayList<>(dashboard.unitChoices("2020-2025", "", 0, 2).stream()
                .map(u -> u.code()).toList());
        paged.addAll(dashboard.unitChoices("2020-2025", "", 2, 50).stream().map(u -> u.code()).toList());
        assertThat(paged).isEqualTo(all);
        // the address may name a unit the person reads, never another one; with none, their own unit
        assertThat(dashboard.unitChoice("2020-2025", "an-my")).map(u -> u.code()).contains("an-my");
        assertThat(dashboard.unitChoice("2020-2025", "pho-hoa")).isEmpty();
        assertThat(dashboard.unitChoice("2020-2025", null)).map(u -> u.code()).contains("tam-ky");
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void a_screen_opens_on_the_addressed_unit_else_the_one_shown_before_else_the_persons_own() {
        var named = dashboard.unitShown("2020-2025", "an-my", null);
        assertThat(named.unit()).isNotNull().extracting(u -> u.code()).isEqualTo("an-my");
        assertThat(named.named()).isTrue();
        assertThat(named.several()).isTrue();
        // a unit the person may not read is not shown: their own is, and the screen says so
        var refused = dashboard.unitShown("2020-2025", "pho-hoa", null);
        assertThat(refused.named()).isFalse();
        assertThat(refused.unit()).isNotNull().extracting(u -> u.code()).isEqualTo("tam-ky");
        assertThat(dashboard.unitShown("2020-2025", null, "an-my").unit()).isNotNull()
                .extracting(u -> u.code()).isEqualTo("an-my");
        assertThat(dashboard.unitShown("2020-2025", null, "pho-hoa").unit()).isNotNull()
                .extracting(u -> u.code()).isEqualTo("tam-ky");
        // the picker is read only exactly when the person has no second unit in the term
        for (String term : List.of("2020-2025", "2025-2030")) {
            assertThat(dashboard.unitShown(term, null, null).several()).as(term)
                    .isEqualTo(dashboard.unitChoices(term, "", 0, 2).size() > 1);
        }
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void an_administrator_finds_every_unit_with_indicators_in_the_term() {
        assertThat(dashboard.unitChoices("2020-2025", "phổ hòa", 0, 50)).extracting(u -> u.code())
                .containsExactly("pho-hoa");
        assertThat(dashboard.countUnitChoices("2020-2025", ""))
                .isEqualTo(dashboard.unitsWithIndicators("2020-2025").size());
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void a_ward_with_only_the_citys_shared_indicators_is_offered_in_the_picker_and_a_dissolved_one_is_not() {
        List<String> offered = dashboard.unitChoices("2025-2030", "", 0, 50).stream()
                .map(DashboardService.UnitChoice::code).toList();

        // Bàn Thạch and Hương Trà have no catalogue of their own: only what Đà Nẵng assigned to its wards
        assertThat(offered).contains("tam-ky", "ban-thach", "huong-tra").doesNotContain("an-my", "pho-hoa");
        assertThat(dashboard.countUnitChoices("2025-2030", "thạch")).isEqualTo(1);
    }
}

package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class CarryOverServiceTest {

    @Autowired
    CarryOverService carryOver;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    private long tamKy() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
    }

    private Indicator copied(String name) {
        return indicators.indicatorsOf(indicators.requireTerm("2025-2030")).stream()
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_previous_terms_targets_are_copied_with_their_last_result_as_the_baseline() {
        CarryOverService.Plan preview = carryOver.preview("2020-2025", "2025-2030", tamKy(), false);
        long before = jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();

        // Tam Kỳ's own targets of 2020-2025 (000): party members admitted, and the yearly call-up
        assertThat(preview.lines()).extracting(l -> l.source().name())
                .contains("Phát triển đảng viên mới (cả nhiệm kỳ)");
        assertThat(preview.lines()).allSatisfy(l -> assertThat(l.source().targetText()).isNotBlank());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single()).isEqualTo(before);

        CarryOverService.Plan done = carryOver.copy("2020-2025", "2025-2030", tamKy(), false);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single())
                .isEqualTo(before + done.toCopy());
        // a level in %: the whole term's 100% is where it stood in 2025
        Indicator callUp = copied("Tuyển chọn, gọi công dân nhập ngũ, giao quân hằng năm (% chỉ tiêu)");
        assertThat(callUp.targetText()).isEqualTo("100%");
        assertThat(callUp.source().document()).isEqualTo("Sao chép từ danh mục nhiệm kỳ 2020-2025");
        DataValue baseline = values.find(callUp.id(), tamKy(), Period.year(2025), false).orElseThrow();
        assertThat(baseline.valueText()).isEqualTo("100%");
        assertThat(baseline.note()).startsWith("Số liệu cơ sở: kết quả 2020-2025");
        // a count over the whole term is not a level at its end: no baseline
        Indicator members = copied("Phát triển đảng viên mới (cả nhiệm kỳ)");
        assertThat(values.historyOf(members.id())).isEmpty();
    }

    @Test
    void what_tam_ky_has_is_its_own_catalogue_and_the_citys_shared_indicators_never_another_wards() {
        String members = "Phát triển đảng viên mới (cả nhiệm kỳ)";
        String callUp = "Tuyển chọn, gọi công dân nhập ngũ, giao quân hằng năm (% chỉ tiêu)";
        // Phổ Hòa has the first in the new term; Đà Nẵng gave the second to every ward
        jdbc.sql("""
                INSERT INTO indicator (term_id, sector, org_unit_id, name, unit, target_text, sort_order)
                SELECT t.id, 'XAY_DUNG_DANG', u.id, ?, 'đảng viên', 'trên 10 đảng viên', 1 FROM term t, org_unit u
                WHERE t.code = '2025-2030' AND u.code = 'pho-hoa'""").param(members).update();
        jdbc.sql("""
                INSERT INTO indicator (term_id, sector, applies_to_kind, owner_unit_id, name, unit, target_text,
                                       sort_order)
                SELECT t.id, 'QUOC_PHONG_AN_NINH', 'PHUONG', u.id, ?, '%', '100%', 1 FROM term t, org_unit u
                WHERE t.code = '2025-2030' AND u.code = 'da-nang'""").param(callUp).update();
        // and a 2020-2025 target of Phổ Hòa's own, which is not Tam Kỳ's to copy
        jdbc.sql("""
                INSERT INTO indicator (term_id, sector, org_unit_id, name, unit, target_text, sort_order)
                SELECT t.id, 'KINH_TE', u.id, 'Chỉ tiêu riêng của Phổ Hòa (thử)', '%', 'trên 5%', 1
                FROM term t, org_unit u WHERE t.code = '2020-2025' AND u.code = 'pho-hoa'""").update();

        CarryOverService.Plan preview = carryOver.preview("2020-2025", "2025-2030", tamKy(), true);

        assertThat(preview.lines()).noneMatch(l -> l.source().name().equals("Chỉ tiêu riêng của Phổ Hòa (thử)"))
                .allMatch(l -> l.source().orgUnitId() != null && l.source().orgUnitId().getId() == tamKy());
        assertThat(preview.lines()).filteredOn(l -> l.source().name().equals(members)).singleElement()
                .satisfies(l -> assertThat(l.copied()).isTrue());
        assertThat(preview.lines()).filteredOn(l -> l.source().name().equals(callUp)).singleElement()
                .satisfies(l -> assertThat(l.present()).isTrue());
    }

    @Test
    void copying_twice_copies_nothing_twice() {
        carryOver.copy("2020-2025", "2025-2030", tamKy(), true);
        long after = jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();

        CarryOverService.Plan again = carryOver.copy("2020-2025", "2025-2030", tamKy(), true);

        assertThat(again.toCopy()).isZero();
        assertThat(again.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.present()).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single()).isEqualTo(after);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_cannot_copy_a_catalogue() {
        assertThatThrownBy(() -> carryOver.copy("2020-2025", "2025-2030", tamKy(), false))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}

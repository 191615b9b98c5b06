package vn.chitieu.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.orgunit.OrgUnitService.Merger;
import vn.chitieu.orgunit.OrgUnitService.NewUnit;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class OrgUnitServiceTest {

    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Autowired
    OrgUnitService units;
    @Autowired
    JdbcClient jdbc;

    private OrgUnit ward(String code, String name) {
        return units.create(new NewUnit(code, name, OrgUnitKind.PHUONG, null, null));
    }

    private OrgUnit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private List<Map<String, Object>> audit(String action, long id) {
        return jdbc.sql("SELECT username, old_value, new_value, reason FROM audit_log WHERE action = ? AND entity_type "
                + "= 'DON_VI' AND entity_id = ? ORDER BY id").params(action, id).query().listOfRows();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void a_new_unit_is_created_under_its_parent_and_the_creation_is_audited() {
        OrgUnit city = units.create(new NewUnit("thu-tp", "Thành phố Thử", OrgUnitKind.THANH_PHO, null, null));

        OrgUnit ward = units.create(new NewUnit("  hoa-thuan ", "Phường  Hòa Thuận", OrgUnitKind.PHUONG, city.id(),
                LocalDate.of(2025, 7, 1)));

        OrgUnit read = unit("hoa-thuan");
        assertThat(read).isEqualTo(ward);
        assertThat(read.name()).isEqualTo("Phường Hòa Thuận");
        assertThat(read.parentIdValue()).isEqualTo(city.id());
        assertThat(read.validFrom()).isEqualTo(JULY_1);
        var created = audit("TAO_DON_VI", ward.id());
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().get("username")).isEqualTo("quantri");
        assertThat((String) created.getFirst().get("new_value")).contains("mã=hoa-thuan", "tên=Phường Hòa Thuận",
                "cấp=Phường", "trực thuộc=Thành phố Thử", "hiệu lực từ=01/07/2025");
    }

    @Test
    void a_code_already_taken_is_refused_in_vietnamese_and_nothing_is_created() {
        long before = count("SELECT COUNT(*) FROM org_unit");

        assertThatThrownBy(() -> ward("tam-ky", "Phường Tam Kỳ Mới"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Mã tam-ky đã được dùng cho Phường Tam Kỳ");
        assertThat(count("SELECT COUNT(*) FROM org_unit")).isEqualTo(before);
        assertThat(units.codeProblem("tam-ky")).contains("Mã tam-ky đã được dùng cho Phường Tam Kỳ");
    }

    @Test
    void a_code_that_is_not_a_lowercase_slug_is_refused_with_a_corrected_suggestion() {
        assertThatThrownBy(() -> ward("Hòa Thuận", "Phường Hòa Thuận"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ (tối đa 64 ký "
                        + "tự), ví dụ tam-ky; gợi ý: hoa-thuan");
        assertThat(units.codeProblem("hoa--thuan")).isPresent();
        assertThat(units.codeProblem("-hoa")).isPresent();
        assertThat(units.codeProblem("")).contains("Nhập mã đơn vị, ví dụ tam-ky");
        assertThat(units.codeProblem("a".repeat(65))).isPresent();
        assertThat(units.codeProblem("hoa-thuan-2")).isEmpty();
        assertThatThrownBy(() -> ward("hoa-thuan", "   ")).hasMessageStartingWith("Nhập tên đơn vị");
    }

    @Test
    void the_suggested_code_drops_the_kind_and_the_marks_reads_đ_as_d_and_is_free() {
        assertThat(units.suggestCode("Phường Điện Bàn Đông")).isEqualTo("dien-ban-dong");
        assertThat(units.suggestCode("Khối phố Mỹ Thạch Đông")).isEqualTo("my-thach-dong");
        assertThat(units.suggestCode("Thôn Trà Đóa 1")).isEqualTo("tra-doa-1");
        assertThat(units.suggestCode("Xã Hòa Vang")).isEqualTo("hoa-vang");
        assertThat(units.suggestCode("Phường Tam Kỳ")).isEqualTo("tam-ky-2");
        assertThat(units.suggestCode("Phường")).isEqualTo("phuong");
        assertThat(units.suggestCode("  ")).isEmpty();
    }

    @Test
    void renaming_keeps_the_code_and_is_audited_old_to_new() {
        OrgUnit ward = ward("hoa-thuan", "Phường Hòa Thuận");

        OrgUnit renamed = units.rename(ward.id(), "Phường Hòa Thuận Tây");

        assertThat(renamed.code()).isEqualTo("hoa-thuan");
        assertThat(unit("hoa-thuan").name()).isEqualTo("Phường Hòa Thuận Tây");
        var entries = audit("DOI_TEN_DON_VI", ward.id());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("old_value")).isEqualTo("Phường Hòa Thuận");
            assertThat(e.get("new_value")).isEqualTo("Phường Hòa Thuận Tây");
        });
    }

    @Test
    void a_parent_cycle_is_refused_in_vietnamese_and_the_tree_is_unchanged() {
        OrgUnit province = units.create(new NewUnit("thu-tinh", "Tỉnh Thử", OrgUnitKind.TINH, null, null));
        OrgUnit city = units.create(new NewUnit("thu-tp", "Thành phố Thử", OrgUnitKind.THANH_PHO, province.id(), null));
        OrgUnit ward = units.create(new NewUnit("thu-phuong", "Phường Thử", OrgUnitKind.PHUONG, city.id(), null));

        assertThatThrownBy(() -> units.setParent(province.id(), ward.id()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Không thể đặt Tỉnh Thử trực thuộc Phường Thử: Phường Thử đang trực thuộc Tỉnh Thử, cây "
                        + "đơn vị sẽ thành vòng lặp");
        assertThatThrownBy(() -> units.setParent(city.id(), city.id()))
                .hasMessage("Một đơn vị không thể trực thuộc chính nó");
        assertThat(unit("thu-tinh").parentIdValue()).isNull();
        assertThat(audit("DOI_CAP_TREN_DON_VI", province.id())).isEmpty();
    }

    @Test
    void a_parent_must_sit_a_level_higher_and_a_move_is_audited() {
        OrgUnit ward = ward("thu-phuong", "Phường Thử");
        OrgUnit block = units.create(new NewUnit("thu-khoi-pho", "Khối phố Thử", OrgUnitKind.KHOI_PHO, null, null));

        assertThatThrownBy(() -> units.setParent(ward.id(), block.id()))
                .hasMessage("Đơn vị cấp trên phải ở cấp cao hơn: Khối phố không thể là cấp trên của Phường (Khối phố "
                        + "Thử → Phường Thử)");
        units.setParent(block.id(), ward.id());

        assertThat(unit("thu-khoi-pho").parentIdValue()).isEqualTo(ward.id());
        assertThat(audit("DOI_CAP_TREN_DON_VI", block.id())).singleElement()
                .satisfies(e -> assertThat(e.get("new_value")).isEqualTo("Phường Thử"));
    }

    @Test
    void a_current_unit_does_not_go_under_an_ended_one() {
        OrgUnit block = units.create(new NewUnit("thu-khoi-pho", "Khối phố Thử", OrgUnitKind.KHOI_PHO, null, null));

        assertThatThrownBy(() -> units.setParent(block.id(), unit("an-my").id()))
                .hasMessage("Phường An Mỹ (cũ) đã ngừng hoạt động, không thể là cấp trên của một đơn vị đang hoạt động");
    }

    @Test
    void a_merger_ends_the_former_units_the_day_before_records_the_lineage_and_moves_their_blocks() {
        OrgUnit city = units.create(new NewUnit("thu-tp", "Thành phố Thử", OrgUnitKind.THANH_PHO, null, null));
        OrgUnit anMy = units.create(new NewUnit("thu-an-my", "Phường An Mỹ Thử", OrgUnitKind.PHUONG, city.id(),
                LocalDate.of(2000, 1, 1)));
        OrgUnit anXuan = units.create(new NewUnit("thu-an-xuan", "Phường An Xuân Thử", OrgUnitKind.PHUONG, city.id(),
                null));
        OrgUnit truongXuan = units.create(new NewUnit("thu-truong-xuan", "Phường Trường Xuân Thử", OrgUnitKind.PHUONG,
                city.id(), null));
        OrgUnit block = units.create(new NewUnit("thu-khoi-pho", "Khối phố Thử", OrgUnitKind.KHOI_PHO, anMy.id(),
                null));

        OrgUnit tamKy = units.merge(new Merger("thu-tam-ky", "Phường Tam Kỳ Thử", OrgUnitKind.PHUONG, city.id(), JULY_1,
                Set.of(anMy.id(), anXuan.id(), truongXuan.id())));

        OrgUnit read = unit("thu-tam-ky");
        assertThat(read.validFrom()).isEqualTo(JULY_1);
        assertThat(read.validTo()).isNull();
        assertThat(read.parentIdValue()).isEqualTo(city.id());
        assertThat(read.predecessorIds()).containsExactlyInAnyOrder(anMy.id(), anXuan.id(), truongXuan.id());
        assertThat(units.predecessorsOf(read)).extracting(OrgUnit::name)
                .containsExactly("Phường An Mỹ Thử", "Phường An Xuân Thử", "Phường Trường Xuân Thử");
        for (String code : List.of("thu-an-my", "thu-an-xuan", "thu-truong-xuan")) {
            assertThat(unit(code).validTo()).as(code).isEqualTo(LocalDate.of(2025, 6, 30));
        }
        assertThat(unit("thu-an-my").validFrom()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(unit("thu-khoi-pho").parentIdValue()).isEqualTo(tamKy.id());
        assertThat(audit("HOP_NHAT_DON_VI", tamKy.id())).singleElement().satisfies(e -> {
            assertThat((String) e.get("new_value")).contains("hiệu lực từ=01/07/2025",
                    "hình thành từ=Phường An Mỹ Thử, Phường An Xuân Thử, Phường Trường Xuân Thử");
            assertThat(e.get("reason")).isEqualTo("Hình thành từ Phường An Mỹ Thử, Phường An Xuân Thử, Phường Trường "
                    + "Xuân Thử");
        });
        assertThat(audit("SAP_NHAP_VAO_DON_VI", anXuan.id())).singleElement().satisfies(e -> {
            assertThat(e.get("new_value")).isEqualTo("hiệu lực đến=30/06/2025");
            assertThat(e.get("reason")).isEqualTo("Sáp nhập vào Phường Tam Kỳ Thử từ ngày 01/07/2025");
        });
        assertThat(audit("DOI_CAP_TREN_DON_VI", block.id())).hasSize(1);
    }

    @Test
    void a_unit_merged_once_cannot_be_merged_again_nor_brought_back() {
        OrgUnit a = ward("thu-a", "Phường A");
        OrgUnit b = ward("thu-b", "Phường B");
        OrgUnit ab = units.merge(new Merger("thu-ab", "Phường AB", OrgUnitKind.PHUONG, null, JULY_1,
                Set.of(a.id(), b.id())));
        OrgUnit c = ward("thu-c", "Phường C");

        assertThatThrownBy(() -> units.merge(new Merger("thu-ac", "Phường AC", OrgUnitKind.PHUONG, null,
                LocalDate.of(2026, 1, 1), Set.of(a.id(), c.id()))))
                .hasMessage("Phường A đã được sáp nhập vào Phường AB, không thể sáp nhập lại");
        assertThatThrownBy(() -> units.merge(new Merger("thu-ac", "Phường AC", OrgUnitKind.PHUONG, null,
                LocalDate.of(2026, 1, 1), Set.of(unit("an-my").id(), c.id()))))
                .hasMessage("Phường An Mỹ (cũ) đã được sáp nhập vào Phường Tam Kỳ, không thể sáp nhập lại");
        assertThatThrownBy(() -> units.reactivate(a.id()))
                .hasMessage("Phường A đã được sáp nhập vào Phường AB, không thể hoạt động lại");
        assertThat(units.findByCode("thu-ac")).isEmpty();
        assertThat(unit("thu-c").validTo()).isNull();
        assertThat(ab.predecessorIds()).hasSize(2);
    }

    @Test
    void a_merger_needs_former_units_and_a_date_after_their_start() {
        OrgUnit a = units.create(new NewUnit("thu-a", "Phường A", OrgUnitKind.PHUONG, null, JULY_1));

        assertThatThrownBy(() -> units.merge(new Merger("thu-ab", "Phường AB", OrgUnitKind.PHUONG, null, JULY_1,
                Set.of()))).hasMessage("Chọn ít nhất một đơn vị cũ hợp thành đơn vị mới");
        assertThatThrownBy(() -> units.merge(new Merger("thu-ab", "Phường AB", OrgUnitKind.PHUONG, null, JULY_1,
                Set.of(a.id())))).hasMessage("Phường A có hiệu lực từ ngày 01/07/2025: ngày thành lập đơn vị mới phải "
                + "sau ngày đó");
        assertThatThrownBy(() -> units.merge(new Merger("thu-ab", "Phường AB", OrgUnitKind.PHUONG, a.id(),
                LocalDate.of(2026, 1, 1), Set.of(a.id())))).hasMessageStartingWith("Đơn vị cấp trên phải ở cấp cao hơn");
    }

    /** Run in committed transactions of its own: a rolled-back test transaction would hide a half-written merger. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_refused_merger_writes_nothing_at_all_not_even_for_the_valid_former_units() {
        jdbc.sql("INSERT INTO org_unit (code, name, kind) VALUES ('thu-nguyen-tu', 'Phường Thử Nguyên Tử', 'PHUONG')")
                .update();
        long fresh = count("SELECT id FROM org_unit WHERE code = 'thu-nguyen-tu'");
        long units0 = count("SELECT COUNT(*) FROM org_unit");
        long lineage0 = count("SELECT COUNT(*) FROM org_unit_predecessor");
        long audit0 = count("SELECT COUNT(*) FROM audit_log");
        try {
            assertThatThrownBy(() -> units.merge(new Merger("thu-moi", "Phường Mới", OrgUnitKind.PHUONG, null, JULY_1,
                    Set.of(fresh, unit("truong-xuan").id()))))
                    .hasMessage("Phường Trường Xuân (cũ) đã được sáp nhập vào Phường Tam Kỳ, không thể sáp nhập lại");
            assertThatThrownBy(() -> units.merge(new Merger("tam-ky", "Phường Mới", OrgUnitKind.PHUONG, null, JULY_1,
                    Set.of(fresh)))).isInstanceOf(DuplicateKeyException.class);

            assertThat(count("SELECT COUNT(*) FROM org_unit")).isEqualTo(units0);
            assertThat(count("SELECT COUNT(*) FROM org_unit WHERE id = ? AND valid_to IS NULL", fresh)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM org_unit_predecessor")).isEqualTo(lineage0);
            assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audit0);
        } finally {
            jdbc.sql("DELETE FROM org_unit WHERE code IN ('thu-nguyen-tu', 'thu-moi')").update();
        }
    }

    @Test
    void a_unit_with_indicators_figures_and_accounts_is_not_deleted_but_can_be_ended() {
        OrgUnit phoHoa = unit("pho-hoa");
        assertThat(units.attachments(unit("tam-ky").id())).anyMatch(a -> a.endsWith(" chỉ tiêu"))
                .anyMatch(a -> a.endsWith(" số liệu")).anyMatch(a -> a.endsWith(" tài khoản"))
                .anyMatch(a -> a.endsWith(" đơn vị cũ hợp thành"));
        assertThat(units.attachments(unit("an-my").id())).contains("1 đơn vị mới hình thành từ đơn vị này");

        assertThatThrownBy(() -> units.delete(phoHoa.id()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Không xóa được Phường Phổ Hòa: đơn vị đã có ")
                .hasMessageContaining(" chỉ tiêu")
                .hasMessageEndingWith(". Hãy cho ngừng hoạt động (ghi ngày cuối cùng) thay vì xóa.");
        assertThat(units.findById(phoHoa.id())).isPresent();

        units.deactivate(phoHoa.id(), LocalDate.of(2025, 6, 30));
        assertThat(unit("pho-hoa").validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(audit("NGUNG_HOAT_DONG_DON_VI", phoHoa.id())).singleElement()
                .satisfies(e -> assertThat(e.get("new_value")).isEqualTo("hiệu lực đến=30/06/2025"));
        assertThatThrownBy(() -> units.deactivate(phoHoa.id(), LocalDate.of(2026, 1, 1)))
                .hasMessage("Phường Phổ Hòa đã ngừng hoạt động từ ngày 01/07/2025");
        units.reactivate(phoHoa.id());
        assertThat(unit("pho-hoa").validTo()).isNull();
        assertThat(audit("HOAT_DONG_LAI_DON_VI", phoHoa.id())).hasSize(1);
    }

    @Test
    void a_unit_with_nothing_attached_is_deleted_and_the_deletion_is_audited() {
        OrgUnit ward = ward("thu-nham", "Phường Tạo Nhầm");
        assertThat(units.attachments(ward.id())).isEmpty();

        units.delete(ward.id());

        assertThat(units.findByCode("thu-nham")).isEmpty();
        assertThat(audit("XOA_DON_VI", ward.id())).singleElement()
                .satisfies(e -> assertThat((String) e.get("old_value")).contains("mã=thu-nham", "Phường Tạo Nhầm"));
    }

    @Test
    void a_unit_with_current_sub_units_is_not_ended_and_an_end_before_its_start_is_refused() {
        OrgUnit ward = units.create(new NewUnit("thu-phuong", "Phường Thử", OrgUnitKind.PHUONG, null, JULY_1));
        units.create(new NewUnit("thu-thon", "Thôn Một", OrgUnitKind.THON, ward.id(), null));

        assertThatThrownBy(() -> units.deactivate(ward.id(), LocalDate.of(2026, 1, 1)))
                .hasMessage("Còn 1 đơn vị trực thuộc đang hoạt động (Thôn Một): hãy chuyển sang đơn vị khác hoặc cho "
                        + "ngừng hoạt động trước");
        assertThatThrownBy(() -> units.deactivate(ward.id(), LocalDate.of(2025, 6, 1)))
                .hasMessage("Ngày cuối cùng hoạt động không thể trước ngày thành lập 01/07/2025");
        assertThat(unit("thu-phuong").validTo()).isNull();
    }
}

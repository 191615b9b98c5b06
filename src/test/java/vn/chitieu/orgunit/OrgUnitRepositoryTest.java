package vn.chitieu.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@Transactional
class OrgUnitRepositoryTest {

    @Autowired
    OrgUnitRepository repository;

    @Test
    void a_unit_with_its_lineage_is_read_back_equal() {
        OrgUnit former = repository.save(OrgUnit.create("test-cu", "Phường Thử (cũ)", OrgUnitKind.PHUONG)
                .withValidity(null, LocalDate.of(2025, 6, 30)));
        OrgUnit merged = repository.save(OrgUnit.create("test-moi", "Phường Thử Mới", OrgUnitKind.PHUONG)
                .withValidity(LocalDate.of(2025, 7, 1), null)
                .formedFrom(Set.of(former.id())));

        OrgUnit read = repository.findById(merged.id()).orElseThrow();

        assertThat(read).isEqualTo(merged);
        assertThat(read.predecessorIds()).containsExactly(former.id());
        assertThat(repository.findById(former.id()).orElseThrow().isCurrent(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void vietnamese_text_survives_the_round_trip_unchanged() {
        String name = "Phường Trường Xuân (cũ) – Đảng ủy, ỹ ặ ờ ữ ẫ ƯỚC ĐẠT";
        String note = "Khối phố Mỹ Thạch Đông; “Dân vận khéo”; 352,615 tỷ đồng; ≥ 98 %";
        OrgUnit saved = repository.save(OrgUnit.create("test-vi", name, OrgUnitKind.KHOI_PHO).withNote(note));

        OrgUnit read = repository.findByCode("test-vi").orElseThrow();

        assertThat(read.name()).isEqualTo(name);
        assertThat(read.note()).isEqualTo(note);
        assertThat(read.name().codePoints().toArray()).isEqualTo(name.codePoints().toArray());
        assertThat(read).isEqualTo(saved);
    }

    @Test
    void a_second_unit_with_the_same_code_is_rejected() {
        repository.save(OrgUnit.create("test-trung", "Phường Một", OrgUnitKind.PHUONG));

        assertThatThrownBy(() -> repository.save(OrgUnit.create("test-trung", "Phường Hai", OrgUnitKind.PHUONG)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("Duplicate entry");
    }
}

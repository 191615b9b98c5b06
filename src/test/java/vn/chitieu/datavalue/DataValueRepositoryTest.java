package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.Source;

@IntegrationTest
@Transactional
class DataValueRepositoryTest {

    @Autowired
    DataValueRepository repository;
    @Autowired
    JdbcClient jdbc;

    long indicatorId;
    long unitId;

    @BeforeEach
    void pickAnIndicatorOfTheDemoData() {
        indicatorId = jdbc.sql("SELECT MIN(id) FROM indicator").query(Long.class).single();
        unitId = jdbc.sql("SELECT org_unit_id FROM indicator WHERE id = ?").param(indicatorId).query(Long.class).single();
    }

    private DataValue value(Period period, boolean estimate, String text, ParsedValue parsed) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return DataValue.draft(indicatorId, unitId, period, estimate, text, parsed, "Ghi chú: số liệu ước đến 30/11",
                        new Source("Báo cáo thử", "Phụ lục 1, dòng 3", "đạt 85,9% (73/85)"))
                .stamped("canbo", now);
    }

    @Test
    void a_value_saved_is_read_back_equal() {
        DataValue saved = repository.save(value(Period.quarter(2026, 3), true, "73/85 (85,9%)",
                new ParsedValue(new BigDecimal("85.9"), new BigDecimal("73"), new BigDecimal("85"), null)));

        DataValue read = repository.findById(saved.id()).orElseThrow();

        assertThat(read).isEqualTo(saved);
        assertThat(read.period().label()).isEqualTo("Quý III/2026");
        assertThat(read.parsed().number()).isEqualTo(new BigDecimal("85.9"));
    }

    @Test
    void the_estimate_and_the_official_figure_of_a_period_are_two_values() {
        repository.save(value(Period.year(2028), true, "98,5%", ParsedValue.of(new BigDecimal("98.5"))));
        repository.save(value(Period.year(2028), false, "98,7%", ParsedValue.of(new BigDecimal("98.7"))));

        assertThat(repository.findByIndicatorId(indicatorId))
                .filteredOn(v -> v.period().equals(Period.year(2028)))
                .extracting(DataValue::valueText)
                .containsExactlyInAnyOrder("98,5%", "98,7%");
    }

    @Test
    void the_unique_key_rejects_a_second_value_for_the_same_period() {
        repository.save(value(Period.year(2027), false, "12", ParsedValue.of(BigDecimal.TEN)));

        assertThatThrownBy(() -> repository.save(value(Period.year(2027), false, "13", ParsedValue.of(BigDecimal.ONE))))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("Duplicate entry");
    }

    @Test
    void saving_a_stale_copy_fails_instead_of_overwriting() {
        DataValue saved = repository.save(value(Period.year(2028), false, "5 hộ", ParsedValue.of(new BigDecimal("5"))));
        repository.save(saved.withValue("6 hộ", ParsedValue.of(new BigDecimal("6")), null));

        assertThatThrownBy(() -> repository.save(saved.withValue("7 hộ", ParsedValue.of(new BigDecimal("7")), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(saved.id()).orElseThrow().valueText()).isEqualTo("6 hộ");
    }
}

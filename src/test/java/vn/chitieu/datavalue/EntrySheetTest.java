package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class EntrySheetTest {

    @Autowired
    EntryService entry;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_sub_row_is_entered_right_under_its_indicator() {
        Term term = indicators.requireTerm("2025-2030");
        long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
        Indicator water = indicators.indicatorsOf(term).stream().filter(i -> "12".equals(i.number())).findFirst()
                .orElseThrow();
        // added last, so its own order puts it after every other target
        indicators.save(new Indicator(null, AggregateReference.to(term.id()), water.sector(),
                AggregateReference.to(tamKy), null, null, "Tỷ lệ hộ dùng nước máy", "%", null, null, null,
                AggregateReference.to(water.id()), 999, null, Set.of(), 0));

        List<String> names = entry.sheet(term, tamKy, Period.quarter(2026, 4)).stream()
                .map(row -> row.indicator().name()).toList();

        // the resolution's 15, this sub-row and the 3 the city assigned to its wards
        assertThat(names).hasSize(16 + 3);
        assertThat(names.get(names.indexOf(water.name()) + 1)).isEqualTo("Tỷ lệ hộ dùng nước máy");
    }
}

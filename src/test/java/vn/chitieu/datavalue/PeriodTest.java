package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2024,      2024,      Năm 2024",
            "2024-Q3,   2024-Q3,   Quý III/2024",
            "2024-q1,   2024-Q1,   Quý I/2024",
            "2024-6T,   2024-6T,   6 tháng 2024",
            "2024-9t,   2024-9T,   9 tháng 2024",
            "2020-2025, 2020-2025, 2020-2025",
    })
    void a_period_code_is_read_and_named_the_way_reports_name_it(String code, String canonical, String label) {
        Period period = Period.parse(code);

        assertThat(period.code()).isEqualTo(canonical);
        assertThat(period.label()).isEqualTo(label);
        assertThat(Period.parse(period.code())).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "quý 3", "2024-Q5", "2024-Q0", "2025-2020", "2024-2024", "24", "2024-12T"})
    void a_malformed_period_is_refused_with_a_vietnamese_message(String code) {
        assertThatThrownBy(() -> Period.parse(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*(Kỳ|Quý|năm).*");
    }

    @Test
    void later_periods_sort_after_earlier_ones_and_a_year_after_its_quarters() {
        List<Period> sorted = List.of(Period.year(2024), Period.parse("2024-9T"), Period.quarter(2024, 2),
                Period.parse("2020-2023"), Period.quarter(2025, 1)).stream().sorted().toList();

        assertThat(sorted).extracting(Period::code)
                .containsExactly("2020-2023", "2024-Q2", "2024-9T", "2024", "2025-Q1");
    }
}

package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorDetail;

/** The closed term 2020-2025 is the record of the documents: read-only, but for an administrator's correction. */
@IntegrationTest
@Transactional
class ClosedTermTest {

    @Autowired
    DataValueService values;
    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcClient jdbc;

    /** Tam Kỳ's own 2020-2025 figure, as the documents gave it. */
    private DataValue documentFigure() {
        long id = jdbc.sql("""
                        SELECT v.id FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                        JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = v.org_unit_id
                        WHERE t.code = '2020-2025' AND u.code = 'tam-ky' AND v.value_text LIKE '%\\%%'
                        ORDER BY v.id LIMIT 1""").query(Long.class).single();
        return values.historyOf(jdbc.sql("SELECT indicator_id FROM data_value WHERE id = ?").param(id)
                .query(Long.class).single()).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_cannot_change_a_closed_terms_figure_even_of_their_own_unit() {
        DataValue figure = documentFigure();

        assertThatThrownBy(() -> values.save(figure.withValue("99%", null, null)))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("đã kết thúc");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void an_administrator_corrects_it_only_with_a_reason_and_the_documents_value_stays_in_the_history() {
        DataValue figure = documentFigure();
        String asDocumented = figure.valueText();

        assertThatThrownBy(() -> values.save(figure.withValue("99%", null, null)))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("lý do đính chính");
        values.save(figure.withValue("99%", null, null)
                .withExplanation("Văn bản số 12/BC ngày 5/3 đính chính số liệu", null));

        IndicatorDetail detail = dashboard.indicatorDetail(figure.indicatorId().getId()).orElseThrow();
        IndicatorDetail.Figure shown = detail.history().stream().filter(f -> f.id() == figure.id()).findFirst()
                .orElseThrow();
        assertThat(shown.valueText()).isEqualTo("99%");
        assertThat(shown.documentValueBeforeCorrection()).isEqualTo(asDocumented);
        assertThat(shown.changes().getFirst().savedByLabel()).isEqualTo("Hệ thống");
    }
}

package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.chitieu.base.text.Csv;

/**
 * Every row of the seed documents that states a verdict (seed_indicators.csv, verdict_in_doc), judged by the engine.
 * The expected verdict is the document's; where the row does not carry enough to decide (no target, a placeholder),
 * the engine must say CHUA_DANH_GIA and the table says why. A wrong verdict fails; so does a guess.
 */
class SeedVerdictsTest {

    /** The same call the import makes: target and direction as the row gives them, result as written. */
    static Evaluation judge(String unit, String name, String direction, String target, String actual) {
        @Nullable String u = unit.isBlank() ? null : unit;
        TargetReading reading = target.isBlank() ? null
                : TargetParser.parse(target, u, name, Comparators.fromColumn(direction)).orElseThrow();
        ResultReading result = ResultParser.parse(actual, u).orElseThrow();
        return Verdicts.judge(reading, result, u, "ratio_of_units".equals(direction));
    }

    @ParameterizedTest(name = "{0} {2}: {5} vs {4} → {7}")
    @CsvFileSource(resources = "/evaluation/seed_verdicts.csv", numLinesToSkip = 1, nullValues = {})
    void each_seed_row_gets_the_documents_verdict_or_none(String id, String unit, String name, String direction,
                                                         String target, String actual, String inDocument,
                                                         Verdict expected, String why) {
        Evaluation evaluation = judge(nz(unit), name, nz(direction), nz(target), nz(actual));

        assertThat(evaluation.verdict()).as(id + ": " + evaluation.explanation()).isEqualTo(expected);
        if (expected != Verdict.CHUA_DANH_GIA) {
            assertThat(expected.name()).isEqualTo(inDocument);
        } else {
            assertThat(why).as("an undecided row says why").isNotBlank();
        }
    }

    @Test
    void the_table_holds_every_seed_row_that_states_a_verdict() throws IOException {
        Set<String> stated = read("seed_indicators.csv").stream()
                .filter(row -> !row.get("verdict_in_doc").isEmpty())
                .map(row -> row.get("id")).collect(Collectors.toSet());
        Set<String> inTable = read("seed_verdicts.csv").stream().map(row -> row.get("id")).collect(Collectors.toSet());

        assertThat(inTable).isEqualTo(stated).hasSize(31);
    }

    @Test
    void most_rows_with_a_target_and_a_figure_are_decided() throws IOException {
        List<Csv.Row> rows = read("seed_verdicts.csv");
        long decided = rows.stream().filter(row -> !row.get("expected").equals("CHUA_DANH_GIA")).count();
        long undecided = rows.size() - decided;

        assertThat(decided).isEqualTo(19);
        assertThat(undecided).isEqualTo(12);
        // no undecided row has both a target and a figure: those the engine must decide
        assertThat(rows).filteredOn(row -> row.get("expected").equals("CHUA_DANH_GIA"))
                .noneMatch(row -> !row.get("target").isEmpty() && !row.get("actual").isEmpty()
                        && !row.get("actual").equals("…"));
    }

    private static String nz(@Nullable String s) {
        return Objects.requireNonNullElse(s, "");
    }

    private static List<Csv.Row> read(String file) throws IOException {
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(SeedVerdictsTest.class.getResourceAsStream("/evaluation/" + file)),
                StandardCharsets.UTF_8)) {
            return Csv.read(in);
        }
    }
}

package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoTest {

    @Test
    void the_same_words_are_read_once_and_a_full_memo_starts_again() {
        AtomicInteger reads = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(2, text -> text + "#" + reads.incrementAndGet());

        assertThat(memo.get("a")).isEqualTo("a#1");
        assertThat(memo.get("a")).isEqualTo("a#1");
        assertThat(memo.get("b")).isEqualTo("b#2");
        assertThat(memo.get("c")).isEqualTo("c#3");
        // full at the third: emptied, so "a" is read again
        assertThat(memo.get("a")).isEqualTo("a#4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            95,5%                   | %      | false
            95,5%                   | %      | true
            9/9                     | thôn   | false
            Hoàn thành tốt nhiệm vụ |        | false
            12 vụ                   | vụ     | false
            """)
    void a_remembered_figure_reading_is_the_reading_of_its_text(String text, String unit, boolean estimate) {
        ResultReading remembered = ReportedFigure.read(text, unit, estimate, null, null, null, null);

        assertThat(ReportedFigure.read(text, unit, estimate, null, null, null, null)).isSameAs(remembered);
        ResultReading parsed = ResultParser.parse(text, unit).orElseThrow();
        assertThat(remembered.number()).isEqualTo(parsed.number());
        assertThat(remembered.kind()).isEqualTo(parsed.kind());
        assertThat(remembered.estimate()).isEqualTo(estimate || parsed.estimate());
    }

    @Test
    void a_target_is_read_by_all_its_inputs_not_its_words_alone() {
        TargetReading plain = Targets.read("Đạt 95%", "%", "Tỷ lệ", null, null, null).orElseThrow();
        TargetReading yearly = Targets.read("Đạt 95%", "%", "Tỷ lệ", null, Horizon.ANNUAL, null).orElseThrow();

        assertThat(Targets.read("Đạt 95%", "%", "Tỷ lệ", null, null, null).orElseThrow()).isSameAs(plain);
        assertThat(yearly.horizon()).isEqualTo(Horizon.ANNUAL);
        assertThat(plain).isEqualTo(TargetParser.parse("Đạt 95%", "%", "Tỷ lệ", null).orElseThrow());
    }
}

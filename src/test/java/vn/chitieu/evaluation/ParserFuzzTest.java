package vn.chitieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and mutated strings through the parsers and the engine: nothing may throw, and every
 * rejection carries a message. Seeded, so a failure can be replayed.
 */
class ParserFuzzTest {

    private static final List<String> SAMPLES = List.of("trên 95%", ">=98", "dưới 0,5%", "13/13 xã", "giảm 11 hộ",
            "tăng bình quân 9%/năm", "hoàn thành tốt nhiệm vụ trở lên", "không còn hộ nghèo", "từ 3-4 dự án",
            "73/85 (85,9%)", "khoảng 23.855", "352,615 tỷ đồng", "1.000", "mới đạt trên 4", "98,5% (dự kiến)",
            "chờ kết quả", "đến năm 2030 dưới 0,5%", "100%; 100%", "-", "…");
    private static final String ALPHABET = "0123456789.,;/%-–<>=≥≤ ()…trêndưgiảmtăngbìnhquânnămhoàntốtxuấtsắcđạt\t\n";
    private static final List<String> UNITS = java.util.Arrays.asList(null, "%", "hộ", "tỷ đồng", "%/năm", "xếp loại");

    @Test
    void no_input_makes_the_parsers_or_the_engine_throw() {
        Random random = new Random(20251123L);
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = i % 2 == 0 ? randomText(random) : mutate(SAMPLES.get(random.nextInt(SAMPLES.size())), random);
            String unit = UNITS.get(random.nextInt(UNITS.size()));

            ParseResult<TargetReading> target = TargetParser.parse(text, unit, null, null);
            ParseResult<ResultReading> result = ResultParser.parse(mutate(text, random), unit);

            for (ParseResult<?> parsed : List.of(target, result)) {
                if (!parsed.isOk()) {
                    rejected++;
                    assertThat(parsed.errors()).as(text).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
                }
            }
            if (target.isOk() && result.isOk()) {
                Evaluation evaluation = Verdicts.judge(target.orElseThrow(), result.orElseThrow(), unit, false);
                assertThat(evaluation.explanation()).as(text).isNotBlank();
                assertThat(target.orElseThrow().describe()).as(text).isNotBlank();
            }
        }
        assertThat(rejected).as("the fuzzing reaches the error paths").isGreaterThan(100);
    }

    /** Junk glued around a figure: pasted markup, letters in front, stray signs. */
    private static final List<String> JUNK_BEFORE = List.of("<img src=x ", "<b>", "&nbsp;", "abc", "abc-", "x", "id",
            "{", "[", "#", "@", "$", "*", "\\", "|", "~", "tỷlệ", "đạt-");
    private static final List<String> JUNK_AFTER = List.of(">", "}", "]", "</b>", "#", "*", "|", "_", "`");

    @Test
    void no_text_with_junk_around_a_number_is_read_as_a_number() {
        Random random = new Random(20260110L);
        for (int i = 0; i < 5_000; i++) {
            String figure = randomFigure(random);
            boolean before = random.nextBoolean();
            String text = (before || random.nextBoolean() ? JUNK_BEFORE.get(random.nextInt(JUNK_BEFORE.size())) : "")
                    + figure + (!before || random.nextBoolean() ? JUNK_AFTER.get(random.nextInt(JUNK_AFTER.size())) : "");
            String unit = UNITS.get(random.nextInt(UNITS.size()));

            ParseResult<ResultReading> result = ResultParser.parse(text, unit);
            ParseResult<TargetReading> target = TargetParser.parse(text, unit, null, null);

            assertThat(result.isOk()).as("result \"%s\" read as %s", text, result.value()).isFalse();
            assertThat(target.isOk()).as("target \"%s\" read as %s", text, target.value()).isFalse();
            assertThat(result.errors()).singleElement().asString().isNotBlank();
        }
    }

    private static String randomFigure(Random random) {
        String[] forms = {"14", "-5", "0,5%", "1.890", "98,5%", "7/8", "352,615", "+3", "2.306", "12"};
        return forms[random.nextInt(forms.length)];
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = sb.isEmpty() ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (!sb.isEmpty()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (!sb.isEmpty()) {
                        sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return sb.toString();
    }
}

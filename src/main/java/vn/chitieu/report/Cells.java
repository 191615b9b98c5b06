package vn.chitieu.report;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.ResultParser;
import vn.chitieu.evaluation.ResultReading;
import vn.chitieu.evaluation.VnNumbers;
import vn.chitieu.report.Appendix.Cell;

/** Cells of a figure as written: a number cell only where the text is nothing but that number, written our way. */
final class Cells {

    private Cells() {
    }

    static Cell of(@Nullable String text, @Nullable String unit) {
        if (text == null || text.isBlank()) {
            return Cell.text("");
        }
        String written = text.strip();
        var parsed = ResultParser.parse(written, unit);
        if (!parsed.isOk()) {
            return Cell.text(written);
        }
        ResultReading reading = parsed.orElseThrow();
        BigDecimal number = reading.number();
        if (reading.kind() != ResultReading.Kind.NUMBER || number == null || reading.bound() != null
                || reading.estimate()) {
            return Cell.text(written);
        }
        boolean percent = written.endsWith("%");
        // "5 (dự kiến)", "05", "3,93km" stay text: only a figure that reads back exactly as written is a number
        if (!(VnNumbers.format(number) + (percent ? "%" : "")).equals(written)) {
            return Cell.text(written);
        }
        int decimals = Math.max(0, number.stripTrailingZeros().scale());
        return new Cell(written, percent ? number.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64) : number,
                percent, decimals);
    }
}

package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Values that cannot be right, caught before anything is written: a rate above 100% where the indicator cannot
 * exceed it, a negative count, a total of units that changed from the previous period without a word of why.
 */
public final class ValueChecks {

    private ValueChecks() {
    }

    /**
     * @param previous the same indicator's value in the previous period, to notice a changed denominator
     * @param note     the note entered with the value, which may explain a changed denominator
     */
    public static List<String> problems(ResultReading result, @Nullable String unit, String indicatorName,
                                        @Nullable ResultReading previous, @Nullable String note) {
        List<String> problems = new ArrayList<>();
        BigDecimal number = result.number();
        String name = indicatorName.toLowerCase(Locale.ROOT);
        boolean share = unit != null && unit.strip().equals("%") && (name.startsWith("tỷ lệ") || name.startsWith("tỉ lệ"));
        if (number != null && share && result.kind() == ResultReading.Kind.NUMBER
                && number.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("Tỷ lệ không thể vượt 100% (đang ghi " + VnNumbers.format(number) + "%)");
        }
        if (number != null && number.signum() < 0 && result.kind() != ResultReading.Kind.CHANGE
                && (VnNumbers.isWholeUnit(unit) || share)) {
            problems.add("Số âm không hợp lệ cho " + (share ? "tỷ lệ" : "đơn vị \"" + unit + "\"")
                    + "; nếu là mức giảm, ghi \"giảm " + VnNumbers.format(number.negate()) + "\"");
        }
        if (result.kind() == ResultReading.Kind.RATIO && result.numerator() != null && result.denominator() != null
                && result.numerator().compareTo(result.denominator()) > 0
                && (share || !ResultParser.countsAgainstPlan(unit) && !ResultParser.countsAgainstPlan(
                ResultParser.unitWritten(result.text())))) {
            // "52/48 đảng viên" is 52 done against 48 planned; "9/8 khối phố" or a share above its total is a typo
            problems.add("Số đạt " + VnNumbers.format(result.numerator()) + " lớn hơn tổng số "
                    + VnNumbers.format(result.denominator()) + "; kiểm tra lại (chỉ ghi số thực hiện/chỉ tiêu cho số "
                    + "người, số việc)");
        }
        if (result.kind() == ResultReading.Kind.RATIO && previous != null
                && previous.kind() == ResultReading.Kind.RATIO && previous.denominator() != null
                && previous.denominator().compareTo(result.denominator()) != 0 && (note == null || note.isBlank())) {
            problems.add("Tổng số đổi từ " + VnNumbers.format(previous.denominator()) + " (kỳ trước) thành "
                    + VnNumbers.format(result.denominator()) + ": ghi lý do vào ghi chú (ví dụ sáp nhập, chia tách)");
        }
        return problems;
    }
}

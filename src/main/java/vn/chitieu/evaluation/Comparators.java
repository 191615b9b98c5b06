package vn.chitieu.evaluation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads an explicit direction, as an import's {@code chieu} column or the seed tables write it. */
public final class Comparators {

    private Comparators() {
    }

    /**
     * @return the comparator, or null when the column is empty or names no comparison ("qualitative", "range",
     *     "ratio_of_units": the target text says what is meant)
     * @throws IllegalArgumentException with the accepted words, for anything else
     */
    public static @Nullable Comparator fromColumn(@Nullable String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        return switch (column.strip().toLowerCase(Locale.ROOT)) {
            case ">", "more_than", "trên", "tren", "hơn" -> Comparator.MORE_THAN;
            case ">=", "≥", "at_least", "từ trở lên", "tối thiểu", "toi_thieu", "ít nhất" -> Comparator.AT_LEAST;
            case "<", "less_than", "dưới", "duoi" -> Comparator.LESS_THAN;
            case "<=", "≤", "at_most", "không quá", "tối đa", "toi_da" -> Comparator.AT_MOST;
            case "=", "equal", "bằng" -> Comparator.EQUAL;
            case "qualitative", "range", "ratio_of_units", "dinh_tinh", "khoang", "ty_le_don_vi" -> null;
            default -> throw new IllegalArgumentException("Chiều \"" + column + "\" không hợp lệ; dùng >, >=, <, <=, "
                    + "=, trên, tối thiểu, dưới, tối đa hoặc để trống");
        };
    }
}

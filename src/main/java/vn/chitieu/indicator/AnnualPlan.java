package vn.chitieu.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The plan (kế hoạch năm) of one year of the term, written like a target: "96%", "&gt;1.500", "Giảm 07 hộ",
 * "Duy trì không còn hộ đói". The text is the authority; {@link #value()} is the number the engine read in it, null for
 * a plan in words. {@link IndicatorService#checkPlan} is the one check every writer (catalogue form, import, API)
 * passes, {@link IndicatorService#planReading} the one reading.
 */
@Table("indicator_plan")
public record AnnualPlan(@Column("plan_year") int year, @Column("plan_text") String text,
                         @Column("plan_value") @Nullable BigDecimal value) {

    /** The same plan, whatever scale the database gave its number (7 and 7.000000 are one plan). */
    public boolean sameAs(@Nullable AnnualPlan other) {
        return other != null && year == other.year && text.equals(other.text)
                && (value == null ? other.value == null : other.value != null && value.compareTo(other.value) == 0);
    }
}

package vn.chitieu.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The plan figure (kế hoạch năm) of one year of the term. */
@Table("indicator_plan")
public record AnnualPlan(@Column("plan_year") int year, @Column("plan_text") String text,
                         @Column("plan_value") @Nullable BigDecimal value) {
}

package vn.chitieu.indicator;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.chitieu.base.Source;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;

/**
 * A target (chỉ tiêu) of a term's resolution, for one unit or for each unit of a level.
 *
 * @param number     the number the resolution gives it, without parentheses: "6" for "(6)"; null for unnumbered rows
 * @param unit       đơn vị tính: "%", "hộ", "tỷ đồng"…
 * @param responsible who reports the figure: "Phòng Kinh tế", "Văn phòng Đảng ủy"
 * @param targetText the target exactly as the resolution writes it; the authority over {@link #target()}
 * @param parentId   set for "Trong đó…" sub-rows, which have their own plan but no verdict of their own
 */
@Table("indicator")
public record Indicator(
        @Id @Nullable Long id,
        AggregateReference<Term, Long> termId,
        Sector sector,
        @Nullable AggregateReference<OrgUnit, Long> orgUnitId,
        @Nullable OrgUnitKind appliesToKind,
        @Nullable String number,
        String name,
        @Nullable String unit,
        @Nullable String responsible,
        @Nullable String targetText,
        @Embedded.Nullable(prefix = "target_") @Nullable TargetForm target,
        @Nullable AggregateReference<Indicator, Long> parentId,
        int sortOrder,
        @Embedded.Nullable(prefix = "source_") @Nullable Source source,
        @MappedCollection(idColumn = "indicator_id") Set<AnnualPlan> plans,
        @Version int version) {

    public Indicator {
        if (orgUnitId == null && appliesToKind == null) {
            throw new IllegalArgumentException("Chỉ tiêu phải thuộc một đơn vị hoặc áp dụng cho một cấp đơn vị");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("Tên chỉ tiêu không được để trống");
        }
        plans = Set.copyOf(plans);
    }

    Indicator withTarget(@Nullable TargetForm form) {
        return new Indicator(id, termId, sector, orgUnitId, appliesToKind, number, name, unit, responsible, targetText,
                form, parentId, sortOrder, source, plans, version);
    }

    /** This shared indicator as it applies to one unit: with the unit's own target in place of the shared one. */
    Indicator withOwnTarget(UnitTarget own) {
        return new Indicator(id, termId, sector, orgUnitId, appliesToKind, number, name, unit, responsible, own.text(),
                own.form(), parentId, sortOrder, source, plans, version);
    }

    /** Whether this applies to every unit of a kind (a shared indicator) rather than belonging to one unit. */
    public boolean shared() {
        return orgUnitId == null;
    }

    Indicator withPlans(Set<AnnualPlan> newPlans) {
        return new Indicator(id, termId, sector, orgUnitId, appliesToKind, number, name, unit, responsible, targetText,
                target, parentId, sortOrder, source, newPlans, version);
    }

    /** The plan of a year, if one is set. */
    public java.util.Optional<AnnualPlan> planOf(int year) {
        return plans.stream().filter(p -> p.year() == year).findFirst();
    }

    /** "(6)" as printed in the resolution, or empty. */
    public String numberLabel() {
        return number == null ? "" : "(" + number + ")";
    }

    public Source sourceOrNone() {
        return source == null ? Source.NONE : source;
    }
}

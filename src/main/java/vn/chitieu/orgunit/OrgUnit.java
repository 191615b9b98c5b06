package vn.chitieu.orgunit;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A ward, commune, city or neighbourhood that reports figures. Units are never deleted when they merge:
 * the new unit lists its {@link #predecessors()} and the former ones get a {@link #validTo()} date, so their
 * results stay visible.
 */
@Table("org_unit")
public record OrgUnit(
        @Id @Nullable Long id,
        String code,
        String name,
        OrgUnitKind kind,
        @Nullable AggregateReference<OrgUnit, Long> parentId,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String note,
        @MappedCollection(idColumn = "org_unit_id") Set<Predecessor> predecessors,
        @Version int version) {

    public OrgUnit {
        predecessors = Set.copyOf(predecessors);
    }

    public static OrgUnit create(String code, String name, OrgUnitKind kind) {
        return new OrgUnit(null, code, name, kind, null, null, null, null, Set.of(), 0);
    }

    public OrgUnit withValidity(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new OrgUnit(id, code, name, kind, parentId, from, to, note, predecessors, version);
    }

    public OrgUnit withName(String newName) {
        return new OrgUnit(id, code, newName, kind, parentId, validFrom, validTo, note, predecessors, version);
    }

    public OrgUnit withParent(@Nullable Long newParentId) {
        return new OrgUnit(id, code, name, kind, newParentId == null ? null : AggregateReference.to(newParentId),
                validFrom, validTo, note, predecessors, version);
    }

    /** The parent's id, or null for a unit at the top (a province, or a city of its own such as Đà Nẵng). */
    public @Nullable Long parentIdValue() {
        return parentId == null ? null : parentId.getId();
    }

    public OrgUnit withNote(@Nullable String newNote) {
        return new OrgUnit(id, code, name, kind, parentId, validFrom, validTo, newNote, predecessors, version);
    }

    public OrgUnit formedFrom(Set<Long> predecessorIds) {
        Set<Predecessor> lineage = predecessorIds.stream()
                .map(pid -> new Predecessor(AggregateReference.to(pid)))
                .collect(Collectors.toUnmodifiableSet());
        return new OrgUnit(id, code, name, kind, parentId, validFrom, validTo, note, lineage, version);
    }

    public Set<Long> predecessorIds() {
        return predecessors.stream().map(p -> p.predecessorId().getId()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the unit still exists today (a former ward does not). */
    public boolean isCurrent(LocalDate today) {
        return validTo == null || !validTo.isBefore(today);
    }

    /** One former unit this unit was formed from. */
    @Table("org_unit_predecessor")
    public record Predecessor(AggregateReference<OrgUnit, Long> predecessorId) {
    }
}

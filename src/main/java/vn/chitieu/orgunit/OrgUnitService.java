package vn.chitieu.orgunit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.db.UnitSearch;
import vn.chitieu.security.Roles;

/**
 * Units and their history. Everybody signed in reads them; administrators create and rename units, place them in the
 * tree (tỉnh/thành phố → phường/xã → khối phố/thôn), record mergers and end or delete units. A unit that anything is
 * attached to is never deleted, only ended ({@code valid_to}), so its figures stay readable. Every change is written
 * to the audit log in the change's own transaction ({@link UnitChange}): audited, or not made at all.
 */
@Service
public class OrgUnitService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_NAME = 255;

    private final OrgUnitRepository repository;
    private final UnitAttachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnitReach reach;
    private final JdbcClient jdbc;

    OrgUnitService(OrgUnitRepository repository, UnitAttachments attachments, ApplicationEventPublisher events,
                   Clock clock, UnitReach reach, JdbcClient jdbc) {
        this.reach = reach;
        this.jdbc = jdbc;
        this.repository = repository;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<OrgUnit> findAll() {
        return repository.findAllByOrderByName();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<OrgUnit> findById(long id) {
        return repository.findById(id);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<OrgUnit> findByCode(String code) {
        return repository.findByCode(code);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /**
     * A unit as a script addresses it ({@code GET /api/v1/units}).
     *
     * @param parentCode  the unit it belongs to (a ward's city), or null at the top
     * @param formerCodes the units it was formed from (Tam Kỳ: An Mỹ, An Xuân, Trường Xuân), in code order
     * @param active      whether it still exists today; a former ward has ended ({@code validTo})
     */
    public record Listing(String code, String name, OrgUnitKind kind, @Nullable String parentCode,
                          List<String> formerCodes, boolean active, @Nullable LocalDate validFrom,
                          @Nullable LocalDate validTo) {

        public Listing {
            formerCodes = List.copyOf(formerCodes);
        }
    }

    /**
     * The units the signed-in person may read, in name order: their own, the units below them and the units they
     * were formed from (administrators: every unit). Nothing else is listed, not even by code.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Listing> readableUnits() {
        java.util.function.LongPredicate readable = reach.current();
        Map<Long, OrgUnit> all = byId();
        LocalDate today = LocalDate.now(clock);
        return repository.findAllByOrderByName().stream().filter(u -> readable.test(u.id()))
                .map(u -> new Listing(u.code(), u.name(), u.kind(),
                        u.parentIdValue() == null || !all.containsKey(u.parentIdValue()) ? null
                                : all.get(u.parentIdValue()).code(),
                        u.predecessorIds().stream().filter(all::containsKey).map(id -> all.get(id).code()).sorted()
                                .toList(),
                        u.isCurrent(today), u.validFrom(), u.validTo()))
                .toList();
    }

    /** A unit as a picker shows it. */
    public record UnitOption(long id, String code, String name) {
    }

    /**
     * One page of the units an indicator can be given to, by name, whose name or code contains the search: for a
     * running term only units that still exist today and were not merged into another (never a former ward); for a
     * past term every unit. For the catalogue's lazy picker: administrators only, who read every unit.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<UnitOption> assignable(boolean runningTerm, String search, int offset, int limit) {
        return assignable(runningTerm, search, null, null, offset, limit);
    }

    /** How many units {@link #assignable} finds for the search, in all. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int countAssignable(boolean runningTerm, String search) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit u WHERE " + ASSIGNABLE_WHERE)
                .params(UnitSearch.parameters(true, List.of(), search, null, null))
                .param("running", runningTerm).param("today", LocalDate.now(clock)).query(Integer.class).single();
    }

    /** The unit with this id when an indicator can be given to it, else the first that can; empty when none can. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<UnitOption> assignableUnit(boolean runningTerm, @Nullable Long preferred) {
        return (preferred == null ? List.<UnitOption>of() : assignable(runningTerm, "", null, preferred, 0, 1))
                .stream().findFirst().or(() -> assignable(runningTerm, "", null, null, 0, 1).stream().findFirst());
    }

    /** The unit with this code (an address's {@code ?don-vi=}) when an indicator can be given to it. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<UnitOption> assignableUnitByCode(boolean runningTerm, String code) {
        return assignable(runningTerm, "", code, null, 0, 1).stream().findFirst();
    }

    /** Any unit, as a picker shows it (an indicator's own unit, which may be a former ward). */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<UnitOption> option(long id) {
        return repository.findById(id).map(u -> new UnitOption(u.id(), u.code(), u.name()));
    }

    private static final String ASSIGNABLE_WHERE = """
            (NOT :running OR ((u.valid_to IS NULL OR u.valid_to >= :today)
                              AND NOT EXISTS (SELECT 1 FROM org_unit_predecessor p WHERE p.predecessor_id = u.id)))
            AND """ + UnitSearch.WHERE;

    private List<UnitOption> assignable(boolean runningTerm, String search, @Nullable String code, @Nullable Long id,
                                        int offset, int limit) {
        return jdbc.sql("SELECT u.id, u.code, u.name FROM org_unit u WHERE " + ASSIGNABLE_WHERE + UnitSearch.PAGE)
                .params(UnitSearch.parameters(true, List.of(), search, code, id))
                .param("running", runningTerm).param("today", LocalDate.now(clock))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new UnitOption(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Former units this one was formed from, in name order. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<OrgUnit> predecessorsOf(OrgUnit unit) {
        return repository.findAllById(unit.predecessorIds()).stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    /** Stores a unit as given, unchecked and unaudited: for loading documents (demo data, imports), not for people. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit save(OrgUnit unit) {
        return repository.save(unit);
    }

    /** A new unit. The code is checked (lowercase slug, not taken), the parent too (no cycle, a higher level). */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit create(NewUnit unit) {
        Map<Long, OrgUnit> all = byId();
        String code = checkedCode(unit.code());
        String name = checkedName(unit.name());
        OrgUnit draft = OrgUnit.create(code, name, unit.kind()).withValidity(unit.validFrom(), null);
        checkParent(draft, unit.parentId(), all, Set.of());
        OrgUnit saved = repository.save(draft.withParent(unit.parentId()));
        audit(UnitChange.CREATED, saved.id(), null, describe(saved, all), null);
        return saved;
    }

    /** A new name; the code stays, since addresses and files already use it. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit rename(long id, String newName) {
        OrgUnit before = get(id);
        String name = checkedName(newName);
        if (name.equals(before.name())) {
            return before;
        }
        OrgUnit after = repository.save(before.withName(name));
        audit(UnitChange.RENAMED, id, before.name(), after.name(), null);
        return after;
    }

    /** Places the unit under another one, or at the top with {@code null}. A cycle in the tree is refused. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit setParent(long id, @Nullable Long parentId) {
        Map<Long, OrgUnit> all = byId();
        OrgUnit before = get(id);
        if (java.util.Objects.equals(before.parentIdValue(), parentId)) {
            return before;
        }
        checkParent(before, parentId, all, Set.of());
        OrgUnit after = repository.save(before.withParent(parentId));
        audit(UnitChange.MOVED, id, nameOf(before.parentIdValue(), all), nameOf(parentId, all), null);
        return after;
    }

    /** Rename and move together, as the unit's form saves them: both or neither. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit update(long id, String newName, @Nullable Long parentId) {
        rename(id, newName);
        return setParent(id, parentId);
    }

    /**
     * Records a merger as the 2025 reorganisation made them: a new unit, valid from {@code formedOn}, formed from
     * the former units, which end the day before. The former units' current sub-units (khối phố, thôn) move to the
     * new unit. All of it or nothing: every rule is checked before anything is written, and it is one transaction.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit merge(Merger merger) {
        Map<Long, OrgUnit> all = byId();
        if (merger.formerIds().isEmpty()) {
            throw new IllegalArgumentException("Chọn ít nhất một đơn vị cũ hợp thành đơn vị mới");
        }
        LocalDate formedOn = merger.formedOn();
        LocalDate lastDay = formedOn.minusDays(1);
        Map<Long, OrgUnit> successors = successorsOf(all);
        List<OrgUnit> formers = new ArrayList<>();
        for (long formerId : new LinkedHashSet<>(merger.formerIds())) {
            OrgUnit former = all.get(formerId);
            if (former == null) {
                throw new IllegalArgumentException("Không có đơn vị cũ này (mã số " + formerId + ")");
            }
            OrgUnit successor = successors.get(formerId);
            if (successor != null) {
                throw new IllegalArgumentException(former.name() + " đã được sáp nhập vào " + successor.name()
                        + ", không thể sáp nhập lại");
            }
            if (former.validTo() != null) {
                throw new IllegalArgumentException(former.name() + " đã ngừng hoạt động từ ngày "
                        + DATE.format(former.validTo().plusDays(1)) + ", không thể sáp nhập lại");
            }
            if (former.validFrom() != null && !former.validFrom().isBefore(formedOn)) {
                throw new IllegalArgumentException(former.name() + " có hiệu lực từ ngày " + DATE.format(former.validFrom())
                        + ": ngày thành lập đơn vị mới phải sau ngày đó");
            }
            formers.add(former);
        }
        String code = checkedCode(merger.code());
        String name = checkedName(merger.name());
        OrgUnit draft = OrgUnit.create(code, name, merger.kind()).withValidity(formedOn, null);
        Set<Long> formerIds = formers.stream().map(OrgUnit::id).collect(Collectors.toSet());
        checkParent(draft, merger.parentId(), all, formerIds);
        LocalDate today = LocalDate.now(clock);
        List<OrgUnit> moving = all.values().stream()
                .filter(u -> u.parentIdValue() != null && formerIds.contains(u.parentIdValue()) && u.validTo() == null)
                .sorted(Comparator.comparing(OrgUnit::name)).toList();
        for (OrgUnit child : moving) {
            if (!merger.kind().mayContain(child.kind())) {
                throw new IllegalArgumentException(child.name() + " trực thuộc một đơn vị cũ và sẽ chuyển sang đơn vị "
                        + "mới, nhưng " + merger.kind().label() + " không thể là cấp trên của " + child.kind().label());
            }
        }

        // every rule holds: write
        OrgUnit formed = repository.save(draft.withParent(merger.parentId()).formedFrom(formerIds));
        for (OrgUnit former : formers) {
            repository.save(former.withValidity(former.validFrom(), lastDay));
            audit(UnitChange.MERGED_INTO, former.id(), "hiệu lực đến=-", "hiệu lực đến=" + DATE.format(lastDay),
                    "Sáp nhập vào " + formed.name() + " từ ngày " + DATE.format(formedOn));
        }
        all.put(formed.id(), formed);
        for (OrgUnit child : moving) {
            repository.save(child.withParent(formed.id()));
            audit(UnitChange.MOVED, child.id(), nameOf(child.parentIdValue(), all), formed.name(),
                    "Đơn vị cấp trên sáp nhập vào " + formed.name());
        }
        audit(UnitChange.MERGED, formed.id(), null, describe(formed, all), "Hình thành từ "
                + formers.stream().map(OrgUnit::name).sorted().collect(Collectors.joining(", ")));
        return formed;
    }

    /**
     * Ends a unit: it no longer exists after {@code lastDay}, its figures stay. Refused while sub-units still exist
     * after that day, so the tree never hangs current units on an ended one.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit deactivate(long id, LocalDate lastDay) {
        OrgUnit before = get(id);
        if (before.validTo() != null) {
            throw new IllegalArgumentException(before.name() + " đã ngừng hoạt động từ ngày "
                    + DATE.format(before.validTo().plusDays(1)));
        }
        if (before.validFrom() != null && lastDay.isBefore(before.validFrom())) {
            throw new IllegalArgumentException("Ngày cuối cùng hoạt động không thể trước ngày thành lập "
                    + DATE.format(before.validFrom()));
        }
        List<String> stillActive = repository.findAll().stream()
                .filter(u -> java.util.Objects.equals(u.parentIdValue(), id))
                .filter(u -> u.validTo() == null || u.validTo().isAfter(lastDay))
                .map(OrgUnit::name).sorted().toList();
        if (!stillActive.isEmpty()) {
            throw new IllegalArgumentException("Còn " + stillActive.size() + " đơn vị trực thuộc đang hoạt động ("
                    + String.join(", ", stillActive) + "): hãy chuyển sang đơn vị khác hoặc cho ngừng hoạt động trước");
        }
        OrgUnit after = repository.save(before.withValidity(before.validFrom(), lastDay));
        audit(UnitChange.ENDED, id, "hiệu lực đến=-", "hiệu lực đến=" + DATE.format(lastDay), null);
        return after;
    }

    /** Undoes {@link #deactivate}; a unit merged into another stays ended (its successor holds its place). */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit reactivate(long id) {
        OrgUnit before = get(id);
        if (before.validTo() == null) {
            return before;
        }
        OrgUnit successor = successorsOf(byId()).get(id);
        if (successor != null) {
            throw new IllegalArgumentException(before.name() + " đã được sáp nhập vào " + successor.name()
                    + ", không thể hoạt động lại");
        }
        OrgUnit after = repository.save(before.withValidity(before.validFrom(), null));
        audit(UnitChange.RESUMED, id, "hiệu lực đến=" + DATE.format(before.validTo()), "hiệu lực đến=-", null);
        return after;
    }

    /** What is attached to the unit ("15 chỉ tiêu", "3 tài khoản"); empty when it may be deleted. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<String> attachments(long id) {
        return attachments.of(id);
    }

    /** Deletes a unit entered by mistake. A unit with anything attached is refused: end it instead. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public void delete(long id) {
        Map<Long, OrgUnit> all = byId();
        OrgUnit unit = get(id);
        List<String> attached = attachments.of(id);
        if (!attached.isEmpty()) {
            throw new IllegalArgumentException("Không xóa được " + unit.name() + ": đơn vị đã có "
                    + String.join(", ", attached) + ". Hãy cho ngừng hoạt động (ghi ngày cuối cùng) thay vì xóa.");
        }
        repository.delete(unit);
        audit(UnitChange.DELETED, id, describe(unit, all), null, null);
    }

    /** A free code from the name ("Phường Hòa Xuân" → "hoa-xuan", or "hoa-xuan-2" when taken), for the form. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public String suggestCode(String name) {
        String base = UnitCodes.suggest(name);
        if (base.isEmpty()) {
            return "";
        }
        String code = base;
        for (int i = 2; repository.findByCode(code).isPresent(); i++) {
            String suffix = "-" + i;
            code = base.substring(0, Math.min(base.length(), UnitCodes.MAX_LENGTH - suffix.length())) + suffix;
        }
        return code;
    }

    /** Why a code would be refused, in Vietnamese; empty when it is free and well formed. For forms, before saving. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<String> codeProblem(String code) {
        return UnitCodes.problem(code).or(() -> repository.findByCode(code.strip())
                .map(taken -> "Mã " + taken.code() + " đã được dùng cho " + taken.name()));
    }

    /** A unit to create; {@code validFrom} may be unknown (a unit older than the records). */
    public record NewUnit(String code, String name, OrgUnitKind kind, @Nullable Long parentId,
                          @Nullable LocalDate validFrom) {

        @SuppressWarnings("ConstantValue") // a form may hand over an empty choice despite the types
        public NewUnit {
            if (kind == null) {
                throw new IllegalArgumentException("Chọn cấp của đơn vị (phường, xã, khối phố…)");
            }
        }
    }

    /** A new unit formed on {@code formedOn} from {@code formerIds}, e.g. phường Tam Kỳ on 2025-07-01. */
    public record Merger(String code, String name, OrgUnitKind kind, @Nullable Long parentId, LocalDate formedOn,
                         Set<Long> formerIds) {

        @SuppressWarnings("ConstantValue") // a form may hand over an empty choice despite the types
        public Merger {
            if (kind == null) {
                throw new IllegalArgumentException("Chọn cấp của đơn vị mới (phường, xã…)");
            }
            if (formedOn == null) {
                throw new IllegalArgumentException("Nhập ngày thành lập đơn vị mới, ví dụ 01/07/2025");
            }
            formerIds = Set.copyOf(formerIds);
        }
    }

    /** Into the audit log, in this transaction (see {@link UnitChange}). */
    private void audit(String action, @Nullable Long unitId, @Nullable String before, @Nullable String after,
                       @Nullable String reason) {
        events.publishEvent(new UnitChange(action, java.util.Objects.requireNonNull(unitId), before, after, reason));
    }

    private OrgUnit get(long id) {
        return repository.findById(id).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị này"));
    }

    private Map<Long, OrgUnit> byId() {
        return repository.findAll().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a, java.util.HashMap::new));
    }

    /** Former unit id → the unit it was merged into. */
    private static Map<Long, OrgUnit> successorsOf(Map<Long, OrgUnit> all) {
        Map<Long, OrgUnit> successors = new java.util.HashMap<>();
        all.values().forEach(u -> u.predecessorIds().forEach(p -> successors.put(p, u)));
        return successors;
    }

    private String checkedCode(String code) {
        String c = code.strip();
        UnitCodes.problem(c).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        repository.findByCode(c).ifPresent(taken -> {
            throw new DuplicateKeyException("Mã " + c + " đã được dùng cho " + taken.name());
        });
        return c;
    }

    private static String checkedName(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("Nhập tên đơn vị (tối đa " + MAX_NAME + " ký tự), ví dụ Phường Tam Kỳ");
        }
        return n;
    }

    /**
     * The parent rules: it exists, it is not the unit itself nor below it (a cycle), it is a level higher, and a
     * current unit does not go under an ended one. {@code leaving}: units about to end in the same change.
     */
    private void checkParent(OrgUnit child, @Nullable Long parentId, Map<Long, OrgUnit> all, Set<Long> leaving) {
        if (parentId == null) {
            return;
        }
        OrgUnit parent = all.get(parentId);
        if (parent == null) {
            throw new IllegalArgumentException("Không có đơn vị cấp trên này");
        }
        if (parentId.equals(child.id())) {
            throw new IllegalArgumentException("Một đơn vị không thể trực thuộc chính nó");
        }
        Set<Long> seen = new HashSet<>();
        for (OrgUnit up = parent; up != null && seen.add(up.id()); up = up.parentIdValue() == null ? null
                : all.get(up.parentIdValue())) {
            if (child.id() != null && child.id().equals(up.id())) {
                throw new IllegalArgumentException("Không thể đặt " + child.name() + " trực thuộc " + parent.name()
                        + ": " + parent.name() + " đang trực thuộc " + child.name() + ", cây đơn vị sẽ thành vòng lặp");
            }
        }
        if (!parent.kind().mayContain(child.kind())) {
            throw new IllegalArgumentException("Đơn vị cấp trên phải ở cấp cao hơn: " + parent.kind().label()
                    + " không thể là cấp trên của " + child.kind().label() + " (" + parent.name() + " → "
                    + child.name() + ")");
        }
        if (leaving.contains(parentId)) {
            throw new IllegalArgumentException("Đơn vị mới không thể trực thuộc " + parent.name()
                    + ", một đơn vị cũ đang sáp nhập vào nó");
        }
        boolean childCurrent = child.validTo() == null || !child.validTo().isBefore(LocalDate.now(clock));
        if (childCurrent && !parent.isCurrent(LocalDate.now(clock))) {
            throw new IllegalArgumentException(parent.name() + " đã ngừng hoạt động, không thể là cấp trên của một "
                    + "đơn vị đang hoạt động");
        }
    }

    private static String nameOf(@Nullable Long id, Map<Long, OrgUnit> all) {
        if (id == null) {
            return "-";
        }
        OrgUnit unit = all.get(id);
        return unit == null ? "#" + id : unit.name();
    }

    private static String describe(OrgUnit unit, Map<Long, OrgUnit> all) {
        return "mã=" + unit.code() + "; tên=" + unit.name() + "; cấp=" + unit.kind().label() + "; trực thuộc="
                + nameOf(unit.parentIdValue(), all) + "; hiệu lực từ="
                + (unit.validFrom() == null ? "-" : DATE.format(unit.validFrom())) + "; hiệu lực đến="
                + (unit.validTo() == null ? "-" : DATE.format(unit.validTo())) + "; hình thành từ="
                + (unit.predecessorIds().isEmpty() ? "-" : unit.predecessorIds().stream().map(p -> nameOf(p, all))
                .sorted().collect(Collectors.joining(", ")));
    }
}

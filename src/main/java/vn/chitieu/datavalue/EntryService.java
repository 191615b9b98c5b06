package vn.chitieu.datavalue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * What staff need to enter a period: the sheet of the running term's indicators for a unit, a check of each value as
 * it is typed (the engine's reading, plausibility, whether a reason is required), and a batch save that writes all
 * rows or none and never overwrites someone else's newer figure silently.
 */
@Service
public class EntryService {

    private final IndicatorService indicators;
    private final DataValueService values;
    private final DataValueRepository repository;

    private final UserService users;

    EntryService(IndicatorService indicators, DataValueService values, DataValueRepository repository,
                 UserService users) {
        this.users = users;
        this.indicators = indicators;
        this.values = values;
        this.repository = repository;
    }

    /** One indicator on the sheet, with its stored figures for the period and the previous figure. */
    public record SheetRow(Indicator indicator, @Nullable DataValue official, @Nullable DataValue estimate,
                           @Nullable DataValue previous) {

        /** What the sheet shows first: the official figure once there is one. */
        public @Nullable DataValue current() {
            return official != null ? official : estimate;
        }
    }

    /** A value as typed, with the version of the stored value the person saw (0 when there was none). */
    public record Entry(long indicatorId, long orgUnitId, Period period, boolean estimate, String text,
                        @Nullable String note, @Nullable String reason, @Nullable String remedy,
                        @Nullable Long valueId, int seenVersion) {
    }

    /** Someone else saved this value after it was opened: both figures, for the person to choose. */
    public record Conflict(Entry mine, DataValue theirs) {
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SheetRow> sheet(Term term, long orgUnitId, Period period) {
        users.requireReadable(orgUnitId);
        List<SheetRow> rows = new ArrayList<>();
        List<Indicator> all = indicators.indicatorsOf(term);
        java.util.Map<Long, Integer> orderOf = new java.util.HashMap<>();
        all.forEach(i -> orderOf.put(i.id(), i.sortOrder()));
        for (Indicator indicator : all) {
            if (indicator.orgUnitId() == null || indicator.orgUnitId().getId() != orgUnitId) {
                continue;
            }
            List<DataValue> history = repository.findByIndicatorId(indicator.id()).stream()
                    .filter(v -> v.orgUnitId().getId() == orgUnitId).toList();
            DataValue official = find(history, period, false);
            DataValue estimate = find(history, period, true);
            DataValue previous = history.stream().filter(v -> v.period().compareTo(period) < 0)
                    .max(Comparator.comparing(DataValue::period).thenComparing(v -> !v.estimate())).orElse(null);
            rows.add(new SheetRow(indicator, official, estimate, previous));
        }
        // a "Trong đó…" sub-row right under its indicator
        rows.sort(Comparator.comparing((SheetRow r) -> r.indicator().sector())
                .thenComparingInt(r -> r.indicator().parentId() == null ? r.indicator().sortOrder()
                        : orderOf.getOrDefault(r.indicator().parentId().getId(), r.indicator().sortOrder()))
                .thenComparing(r -> r.indicator().parentId() != null)
                .thenComparingInt(r -> r.indicator().sortOrder()));
        return rows;
    }

    /** Reads and judges a typed value; nothing is written. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public DataValueService.Check check(Indicator indicator, String text, @Nullable String note,
                                        @Nullable DataValue previous) {
        return values.check(indicator, text, note, previous, null, 0);
    }

    /**
     * As {@link #check(Indicator, String, String, DataValue)}, and for a yearly figure of a running term also the
     * projection to the term's end with this figure in place: the door every writer passes
     * ({@link DataValueService#check}).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public DataValueService.Check check(Indicator indicator, String text, @Nullable String note,
                                        @Nullable DataValue previous, @Nullable Period period, long orgUnitId) {
        return values.check(indicator, text, note, previous, period, orgUnitId);
    }

    /**
     * Saves a batch of typed values: every one is checked first, and a value that misses its target needs a reason
     * and a remedy. Nothing is written unless all pass and none was changed by someone else meanwhile.
     *
     * @throws EntryRejectedException with the problems per indicator
     * @throws ValueConflictException with both figures for every value someone else saved in between
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    // READ COMMITTED: after losing a race, the re-read must see the winner's figure, not this transaction's snapshot
    @Transactional(rollbackFor = Exception.class, isolation = Isolation.READ_COMMITTED)
    public List<DataValue> saveAll(List<Entry> entries) {
        Map<Long, List<String>> problems = new LinkedHashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Entry entry : entries) {
            Indicator indicator = indicators.findById(entry.indicatorId()).orElseThrow(
                    () -> new IllegalArgumentException("Không có chỉ tiêu số " + entry.indicatorId()));
            values.requireWritable(indicator, entry.orgUnitId());
            List<String> mine = values.refusals(indicator, entry.orgUnitId(), entry.period(), entry.text(),
                    entry.note(), entry.reason(), entry.remedy());
            if (!mine.isEmpty()) {
                problems.put(entry.indicatorId(), mine);
            }
            stored(entry).filter(theirs -> entry.valueId() == null || theirs.version() != entry.seenVersion())
                    .ifPresent(theirs -> conflicts.add(new Conflict(entry, theirs)));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException(problems);
        }
        if (!conflicts.isEmpty()) {
            throw new ValueConflictException(conflicts);
        }
        List<DataValue> saved = new ArrayList<>();
        for (Entry entry : entries) {
            // the version the person saw, not a fresh read: a value saved by someone else in between must fail
            DataValue value = stored(entry)
                    .map(existing -> existing.asSeen(entry.seenVersion()).withValue(entry.text(), null, entry.note()))
                    .orElseGet(() -> DataValue.draft(entry.indicatorId(), entry.orgUnitId(), entry.period(),
                            entry.estimate(), entry.text(), null, entry.note(), null))
                    .withExplanation(blankToNull(entry.reason()), blankToNull(entry.remedy()));
            try {
                saved.add(values.save(value));
            } catch (OptimisticLockingFailureException | DuplicateKeyException race) {
                // saved by someone else between our check and our write: report it like any other conflict
                throw new ValueConflictException(List.of(new Conflict(entry, stored(entry).orElseThrow())));
            }
        }
        return saved;
    }

    private Optional<DataValue> stored(Entry entry) {
        return values.find(entry.indicatorId(), entry.orgUnitId(), entry.period(), entry.estimate());
    }

    private static @Nullable DataValue find(List<DataValue> history, Period period, boolean estimate) {
        return history.stream().filter(v -> v.period().equals(period) && v.estimate() == estimate).findFirst()
                .orElse(null);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}

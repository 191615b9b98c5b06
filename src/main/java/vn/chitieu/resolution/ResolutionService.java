package vn.chitieu.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.Source;
import vn.chitieu.base.text.Names;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * A unit's catalogue from its resolution's text: {@link #preview} reads it and shows which targets the unit already
 * has; {@link #save} writes the new ones, all or nothing, through the catalogue's own {@link IndicatorService#save}.
 */
@Service
public class ResolutionService {

    static final String DOCUMENT = "Nghị quyết Đại hội (danh mục đọc từ văn bản)";

    /**
     * The longest text read: ten times a whole congress report (the longest sample is under 100,000 characters).
     * Reading takes about two seconds a million characters, so a longer paste or request would tie up a core.
     */
    static final int MAX_CHARS = 1_000_000;

    private final IndicatorService indicators;
    private final OrgUnitService units;
    private final UserService users;

    ResolutionService(IndicatorService indicators, OrgUnitService units, UserService users) {
        this.indicators = indicators;
        this.units = units;
        this.users = users;
    }

    /**
     * The proposed catalogue the text lists, in text order, writing nothing. With a term and a unit, a target the
     * unit's catalogue already has is marked with what it has.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ProposedTarget> preview(String text, @Nullable String termCode, @Nullable Long unitId) {
        if (unitId != null) {
            users.requireReadable(unitId);
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("Văn bản quá dài (" + text.length() + " ký tự, tối đa " + MAX_CHARS
                    + "): chỉ dán mục các chỉ tiêu chủ yếu của Nghị quyết");
        }
        List<ProposedTarget> rows = ResolutionReader.read(text);
        return termCode == null || unitId == null ? rows : markExisting(rows, indicators.requireTerm(termCode), unitId);
    }

    /**
     * Writes the rows the unit's catalogue does not have yet, each compound target with its parts as sub-rows, all
     * or nothing; rows it has are left as they are. Every row is read again first (a person may have corrected it).
     *
     * @throws IllegalArgumentException naming every row that cannot be written, and why; nothing is written
     * @throws org.springframework.dao.DuplicateKeyException when another save created one of them meanwhile
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Saved save(String termCode, long unitId, List<ProposedTarget> rows) {
        if (!users.currentScope().coversUnit(unitId)) {
            throw new AccessDeniedException("Tài khoản của bạn không quản lý danh mục của đơn vị này");
        }
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị này"));
        Term term = indicators.requireTerm(termCode);
        List<ProposedTarget> checked = markExisting(rows.stream().map(ResolutionReader::check).toList(), term, unitId);
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ProposedTarget row : checked) {
            if (row.existing() != null) {
                continue;
            }
            List<String> errors = new ArrayList<>(row.errors());
            row.parts().forEach(p -> p.errors().forEach(e -> errors.add("phần \"" + p.name() + "\": " + e)));
            if (!keys.add(key(row.number(), row.name()))) {
                errors.add("trùng số hoặc tên với một dòng khác trong danh sách");
            }
            if (!errors.isEmpty()) {
                problems.add(describe(row) + ": " + String.join("; ", errors));
            }
        }
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("Không có chỉ tiêu nào để lưu");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Chưa lưu gì. Sửa các dòng sau rồi lưu lại: " + String.join(" | ",
                    problems));
        }
        int order = indicators.catalogueOfUnit(term, unitId).stream().mapToInt(Indicator::sortOrder).max().orElse(0);
        List<Indicator> written = new ArrayList<>();
        for (ProposedTarget row : checked) {
            if (row.existing() != null) {
                continue;
            }
            Indicator parent = indicators.save(indicator(term, unitId, row, row.number(), null, ++order));
            written.add(parent);
            for (ProposedTarget part : row.parts()) {
                written.add(indicators.save(indicator(term, unitId, part, null, parent.id(), ++order)));
            }
        }
        return new Saved(unit.name(), term.code(), written, checked.stream().filter(r -> r.existing() != null).toList());
    }

    /** What {@link #save} did: the indicators written, and the rows left alone because the unit has them. */
    public record Saved(String unitName, String termCode, List<Indicator> written, List<ProposedTarget> existing) {
    }

    private List<ProposedTarget> markExisting(List<ProposedTarget> rows, Term term, long unitId) {
        // the unit's own catalogue and the shared indicators it received: a row naming one of them is not added again
        Map<String, Indicator> present = indicators.catalogueOfUnit(term, unitId).stream()
                .collect(Collectors.toMap(i -> key(i.number(), i.name()), Function.identity(), (a, b) -> a));
        return rows.stream().map(row -> {
            Indicator has = present.get(key(row.number(), row.name()));
            if (has == null && row.number() != null) {
                // the same target under another number is still the same target
                has = present.get(key(null, row.name()));
            }
            return row.withExisting(has == null ? null
                    : "Đã có trong danh mục: " + (has.numberLabel() + " " + has.name()).strip());
        }).toList();
    }

    /** The catalogue's own identity of an indicator in a unit and term (migration V021): its number, else its name. */
    private static String key(@Nullable String number, String name) {
        return number != null && !number.isBlank() ? "#" + number.strip() : "=" + Names.key(name);
    }

    private static String describe(ProposedTarget row) {
        return (row.label() + " " + row.name()).strip();
    }

    private static Indicator indicator(Term term, long unitId, ProposedTarget row, @Nullable String number,
                                       @Nullable Long parentId, int order) {
        return new Indicator(null, AggregateReference.to(term.id()), row.sector(), AggregateReference.to(unitId), null,
                number, row.name(), row.unit(), null, row.targetText(),
                TargetForm.horizon(row.horizon(), row.horizonYear()),
                parentId == null ? null : AggregateReference.to(parentId), order,
                new Source(DOCUMENT, row.label().isEmpty() ? null : "Chỉ tiêu " + row.label(),
                        (row.name() + ": " + row.targetText())), Set.of(), 0);
    }
}

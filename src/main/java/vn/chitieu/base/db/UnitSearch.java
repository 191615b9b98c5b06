package vn.chitieu.base.db;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SQL a unit picker's service runs on {@code org_unit u}: within the units the person may use, whose name or code
 * contains what was typed (accents and case ignored: the name's utf8mb4_unicode_ci matches "tam ky" with "Tam Kỳ"; the
 * binary code is compared in the same collation), optionally one code or id, by name, a page at a time. Each feature
 * adds its own condition (units with indicators in a term, units with units below them).
 */
public final class UnitSearch {

    /** Conditions on {@code u}; parameters from {@link #parameters}. */
    public static final String WHERE = """
            (:all OR u.id IN (:units))
            AND (u.name LIKE :like OR u.code COLLATE utf8mb4_unicode_ci LIKE :like)
            AND (:code IS NULL OR u.code = :code) AND (:id IS NULL OR u.id = :id)""";

    /**
     * Put before a query whose condition asks {@code EXISTS} of a large table (a term's 99,630 indicators at national
     * size): MariaDB would otherwise read the whole subquery into a temporary table (50-100 ms) before the first unit;
     * without materialisation it walks the units in name order and stops at the first match of each (FirstMatch), so
     * a page costs about a millisecond and a count some 20 ms. MariaDB's own per-statement syntax.
     */
    public static final String FIRST_MATCH = "SET STATEMENT optimizer_switch='materialization=off' FOR ";

    /** Name order, one page; parameters {@code limit} and {@code offset}. */
    public static final String PAGE = " ORDER BY u.name, u.id LIMIT :limit OFFSET :offset";

    private UnitSearch() {
    }

    /**
     * @param all   every unit (an administrator), else only {@code units}
     * @param units the units the person may use; never empty when {@code all} is false (callers answer "none" first)
     * @param code  one unit's code (an address), or null
     * @param id    one unit's id (the person's own), or null
     */
    public static Map<String, Object> parameters(boolean all, Collection<Long> units, String search,
                                                 @Nullable String code, @Nullable Long id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("all", all);
        parameters.put("units", all || units.isEmpty() ? List.of(0L) : units);
        parameters.put("like", containing(search));
        parameters.put("code", code);
        parameters.put("id", id);
        return parameters;
    }

    /** A {@code LIKE} pattern for text containing what a person typed: their % and _ taken literally, in NFC. */
    static String containing(String typed) {
        String text = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

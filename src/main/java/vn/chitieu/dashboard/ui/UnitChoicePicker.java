package vn.chitieu.dashboard.ui;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.UnitPicker;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.UnitChoice;

/**
 * The unit picker of the screens showing a unit's indicators of a term (dashboard, list, periods, reports): the units
 * with indicators in the term that the person may read, found by {@link DashboardService} a page at a time.
 */
public class UnitChoicePicker extends UnitPicker<UnitChoice> {

    private final DashboardService dashboard;
    private String term = "";

    public UnitChoicePicker(DashboardService dashboard) {
        super(UnitChoice::name);
        this.dashboard = dashboard;
    }

    /**
     * Offers the term's units and shows one: the unit shown before when the term has it too, else the person's own,
     * else the first by name; none when the person reads no unit with indicators in the term.
     */
    public void showTerm(String termCode) {
        this.term = termCode;
        show((search, offset, limit) -> dashboard.unitChoices(termCode, search, offset, limit),
                search -> dashboard.countUnitChoices(termCode, search));
        UnitChoice before = getValue();
        (before == null ? Optional.<UnitChoice>empty() : dashboard.unitChoice(termCode, before.code()))
                .or(() -> dashboard.unitChoice(termCode, null))
                .ifPresentOrElse(this::choose, () -> setValue(null));
    }

    /** Shows the unit with this code when the person may read it and it has indicators in the term. */
    public boolean chooseCode(String code) {
        Optional<UnitChoice> found = dashboard.unitChoice(term, code);
        found.ifPresent(this::choose);
        return found.isPresent();
    }

    /** The id of the unit shown, or null. */
    public @Nullable Long unitId() {
        UnitChoice shown = getValue();
        return shown == null ? null : shown.id();
    }
}

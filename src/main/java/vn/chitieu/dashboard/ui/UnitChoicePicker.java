package vn.chitieu.dashboard.ui;

import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.UnitPicker;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.DashboardService.UnitShown;

/**
 * The unit picker of the screens showing a unit's indicators of a term (dashboard, list, periods, reports): the units
 * with indicators in the term that the person may read, found by {@link DashboardService} a page at a time.
 */
public class UnitChoicePicker extends UnitPicker<UnitChoice> {

    private final DashboardService dashboard;

    public UnitChoicePicker(DashboardService dashboard) {
        super(UnitChoice::name);
        this.dashboard = dashboard;
    }

    /**
     * Offers the term's units and shows one: the unit shown before when the term has it too, else the person's own,
     * else the first by name; none when the person reads no unit with indicators in the term.
     */
    public void showTerm(String termCode) {
        showTerm(termCode, null);
    }

    /**
     * Offers the term's units and shows the one with this code when the person may read it and it has indicators in
     * the term, else as {@link #showTerm(String)} does; false when a code was given and is not among them. One call
     * to the service: a screen opening on an address asks this once, not for its default unit and then the address's.
     */
    public boolean showTerm(String termCode, @Nullable String code) {
        show((search, offset, limit) -> dashboard.unitChoices(termCode, search, offset, limit),
                search -> dashboard.countUnitChoices(termCode, search));
        UnitChoice before = getValue();
        UnitShown shown = dashboard.unitShown(termCode, code, before == null ? null : before.code());
        if (shown.unit() == null) {
            chooseNone();
        } else {
            choose(shown.unit(), shown.several());
        }
        return shown.named();
    }

    /** The id of the unit shown, or null. */
    public @Nullable Long unitId() {
        UnitChoice shown = getValue();
        return shown == null ? null : shown.id();
    }
}

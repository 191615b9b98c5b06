package vn.chitieu.orgunit.ui;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.UnitPicker;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.OrgUnitService.UnitOption;

/**
 * The unit picker of the administrator's catalogue screens (catalogue, carry-over, catalogue from a resolution's
 * text): the units a term's indicators can be given to ({@link OrgUnitService#assignable}: for a running term never a
 * former ward), found a page at a time, however many the country has.
 */
public class AssignableUnitPicker extends UnitPicker<UnitOption> {

    private final OrgUnitService units;
    private boolean running = true;

    public AssignableUnitPicker(OrgUnitService units) {
        super(UnitOption::name);
        this.units = units;
    }

    /**
     * Offers the units for a running term or a past one and shows one: the unit shown before when it is still
     * offered, else {@code preferred} (the administrator's own), else the first by name.
     */
    public void showTerm(boolean runningTerm, @Nullable Long preferred) {
        this.running = runningTerm;
        show((search, offset, limit) -> units.assignable(runningTerm, search, offset, limit),
                search -> units.countAssignable(runningTerm, search));
        UnitOption before = getValue();
        (before == null ? Optional.<UnitOption>empty()
                : units.assignableUnit(runningTerm, before.id()).filter(u -> u.id() == before.id()))
                .or(() -> units.assignableUnit(runningTerm, preferred))
                .ifPresentOrElse(this::choose, this::chooseNone);
    }

    /** Shows the unit with this code ({@code ?don-vi=}) when it is offered; says whether it is. */
    public boolean chooseCode(String code) {
        Optional<UnitOption> found = units.assignableUnitByCode(running, code);
        found.ifPresent(this::choose);
        return found.isPresent();
    }

    /** The id of the unit shown, or null. */
    public @Nullable Long unitId() {
        UnitOption shown = getValue();
        return shown == null ? null : shown.id();
    }
}

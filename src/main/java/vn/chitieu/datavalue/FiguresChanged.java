package vn.chitieu.datavalue;

/** A figure of a unit was saved (entered, imported or corrected). Published inside the saving transaction. */
public record FiguresChanged(long orgUnitId, long indicatorId) {
}

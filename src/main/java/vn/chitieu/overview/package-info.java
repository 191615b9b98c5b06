/**
 * A parent unit's view of its units (a city over its wards, a province over its communes): a heat map of the units
 * against the indicators they share, counts, a ranking, the units at risk, completeness, and the parent's figure
 * aggregated by the rule that fits each indicator. Every verdict comes from the engine's one assessment rule.
 */
@NullMarked
package vn.chitieu.overview;

import org.jspecify.annotations.NullMarked;

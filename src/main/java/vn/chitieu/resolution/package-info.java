/**
 * A unit's catalogue read from its resolution's text: the section that lists the targets, pasted or uploaded, becomes
 * proposed catalogue rows (sector, number, name, unit, target as written, horizon, the engine's reading). The reader is
 * pure Java, like {@code evaluation}; {@link vn.chitieu.resolution.ResolutionService} checks the rows against the
 * unit's catalogue and writes them through the catalogue's own door.
 */
@NullMarked
package vn.chitieu.resolution;

import org.jspecify.annotations.NullMarked;

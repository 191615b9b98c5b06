/**
 * The verdict rules: how targets and results are written in Vietnamese resolutions and reports, and how a result is
 * judged against a target. Pure Java on purpose (no Spring, no database), so every rule can be read and tested as a
 * table of real rows from the documents.
 */
@NullMarked
package vn.chitieu.evaluation;

import org.jspecify.annotations.NullMarked;

/** The administrators' units screen: the tree of units, mergers, ending and deleting units. */
@NullMarked
package vn.chitieu.orgunit.ui;

import org.jspecify.annotations.NullMarked;

/**
 * The administrators' accounts screen. A feature of its own above {@code security}, {@code orgunit} and
 * {@code indicator}: choosing an account's units and sectors needs those features, which themselves depend on
 * {@code security} for their role checks.
 */
@NullMarked
package vn.chitieu.account.ui;

import org.jspecify.annotations.NullMarked;

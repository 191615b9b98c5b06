/** The "Tổng quan các đơn vị" screen. */
@NullMarked
package vn.chitieu.overview.ui;

import org.jspecify.annotations.NullMarked;

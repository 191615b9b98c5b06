@NullMarked
package vn.chitieu.dashboard.ui;

import org.jspecify.annotations.NullMarked;

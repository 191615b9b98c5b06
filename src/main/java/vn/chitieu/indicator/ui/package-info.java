@NullMarked
package vn.chitieu.indicator.ui;

import org.jspecify.annotations.NullMarked;

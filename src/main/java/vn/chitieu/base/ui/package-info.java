@NullMarked
package vn.chitieu.base.ui;

import org.jspecify.annotations.NullMarked;

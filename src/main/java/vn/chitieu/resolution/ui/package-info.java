@NullMarked
package vn.chitieu.resolution.ui;

import org.jspecify.annotations.NullMarked;

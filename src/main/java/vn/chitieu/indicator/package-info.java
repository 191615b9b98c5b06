@NullMarked
package vn.chitieu.indicator;

import org.jspecify.annotations.NullMarked;

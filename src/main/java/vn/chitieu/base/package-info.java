@NullMarked
package vn.chitieu.base;

import org.jspecify.annotations.NullMarked;

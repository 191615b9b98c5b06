@NullMarked
package vn.chitieu;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chitieu.datavalue;

import org.jspecify.annotations.NullMarked;

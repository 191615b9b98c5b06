@NullMarked
package vn.chitieu.base.text;

import org.jspecify.annotations.NullMarked;

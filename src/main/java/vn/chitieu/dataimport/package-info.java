@NullMarked
package vn.chitieu.dataimport;

import org.jspecify.annotations.NullMarked;

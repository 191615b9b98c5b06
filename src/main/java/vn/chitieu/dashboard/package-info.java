@NullMarked
package vn.chitieu.dashboard;

import org.jspecify.annotations.NullMarked;

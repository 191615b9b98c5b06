@NullMarked
package vn.chitieu.report;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chitieu.report.api;

import org.jspecify.annotations.NullMarked;

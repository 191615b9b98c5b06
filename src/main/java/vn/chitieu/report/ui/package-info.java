@NullMarked
package vn.chitieu.report.ui;

import org.jspecify.annotations.NullMarked;

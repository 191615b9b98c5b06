@NullMarked
package vn.chitieu.datavalue.ui;

import org.jspecify.annotations.NullMarked;

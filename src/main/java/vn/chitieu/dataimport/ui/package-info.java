@NullMarked
package vn.chitieu.dataimport.ui;

import org.jspecify.annotations.NullMarked;

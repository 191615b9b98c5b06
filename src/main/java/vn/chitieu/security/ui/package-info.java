@NullMarked
package vn.chitieu.security.ui;

import org.jspecify.annotations.NullMarked;

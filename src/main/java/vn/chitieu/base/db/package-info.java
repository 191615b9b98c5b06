@NullMarked
package vn.chitieu.base.db;

import org.jspecify.annotations.NullMarked;

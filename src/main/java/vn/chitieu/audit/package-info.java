@NullMarked
package vn.chitieu.audit;

import org.jspecify.annotations.NullMarked;

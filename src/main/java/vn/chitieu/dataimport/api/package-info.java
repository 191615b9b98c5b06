@NullMarked
package vn.chitieu.dataimport.api;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chitieu.resolution.api;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chitieu.dashboard.api;

import org.jspecify.annotations.NullMarked;

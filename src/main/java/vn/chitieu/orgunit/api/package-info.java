@NullMarked
package vn.chitieu.orgunit.api;

import org.jspecify.annotations.NullMarked;

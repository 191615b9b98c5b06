@NullMarked
package vn.chitieu.orgunit;

import org.jspecify.annotations.NullMarked;

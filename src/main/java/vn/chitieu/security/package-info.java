@NullMarked
package vn.chitieu.security;

import org.jspecify.annotations.NullMarked;

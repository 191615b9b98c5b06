@NullMarked
package vn.chitieu.demo;

import org.jspecify.annotations.NullMarked;

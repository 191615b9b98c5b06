@NullMarked
package vn.chitieu.base.web;

import org.jspecify.annotations.NullMarked;

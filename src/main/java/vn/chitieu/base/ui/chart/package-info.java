/** A small Vaadin component around ApexCharts: options and series as records, serialised to JSON for the browser. */
@NullMarked
package vn.chitieu.base.ui.chart;

import org.jspecify.annotations.NullMarked;

package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import vn.chitieu.dashboard.WardComparison;
import vn.chitieu.evaluation.Verdict;

/** The merged unit and its former units side by side: value and badge per unit, and the counts at the foot. */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static Component of(WardComparison comparison) {
        Element table = new Element("table");
        table.getClassList().add("comparison-table");
        Element head = new Element("tr");
        head.appendChild(cell("th", "Chỉ tiêu"), cell("th", "Mục tiêu"));
        comparison.units().forEach(u -> head.appendChild(cell("th", u)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (WardComparison.Row row : comparison.rows()) {
            Element tr = new Element("tr");
            tr.appendChild(cell("td", row.name()), cell("td", row.targetText() == null ? "—" : row.targetText()));
            for (WardComparison.Cell c : row.cells()) {
                Element td = new Element("td");
                if (c == null) {
                    td.setText("—");
                    td.getClassList().add("none");
                } else {
                    td.appendChild(new Span(c.value() == null ? "Chưa có" : c.value()).getElement());
                    // each former ward was judged against its own resolution: say so where it differs
                    if (c.targetText() != null && !c.targetText().equals(row.targetText())) {
                        Span own = new Span("Mục tiêu của phường: " + c.targetText());
                        own.addClassName("own-target");
                        td.appendChild(own.getElement());
                    }
                    // a figure without a target has nothing to be judged against: no badge to read past
                    if (row.targetText() != null || c.targetText() != null
                            || c.assessment().verdict() != Verdict.CHUA_DANH_GIA) {
                        td.appendChild(Marks.badge(c.assessment(), false).getElement());
                    }
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Element foot = new Element("tr");
        foot.appendChild(cell("th", "Tổng hợp"), cell("th", ""));
        comparison.tallies().forEach(t -> {
            Element th = cell("th", t.missedLabel());
            th.setAttribute("data-missed", Integer.toString(t.tally().khongDat()));
            if (t.note() != null) {
                Element note = new Element("div");
                note.getClassList().add("stated-count");
                note.setText(t.note());
                th.appendChild(note);
            }
            foot.appendChild(th);
        });
        table.appendChild(new Element("tfoot").appendChild(foot));
        var wrapper = new Div();
        wrapper.addClassName("comparison-scroll");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        return cell;
    }
}

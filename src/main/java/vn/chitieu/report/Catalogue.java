package vn.chitieu.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;

/** A unit's catalogue of one term with every figure, in the order the appendix prints it. */
record Catalogue(String unitName, Term term, List<Entry> entries) {

    Catalogue {
        entries = List.copyOf(entries);
    }

    /** One indicator with its figures (this unit's only) and its "Trong đó…" sub-rows. */
    record Entry(Indicator indicator, List<DataValue> values, List<Entry> subs) {

        Entry {
            values = List.copyOf(values);
            subs = List.copyOf(subs);
        }

        Sector sector() {
            return indicator.sector();
        }

        @Nullable String unit() {
            return indicator.unit();
        }

        boolean hasTarget() {
            return indicator.targetText() != null && !indicator.targetText().isBlank();
        }

        /**
         * A row without a target, a measure, a plan or a figure: a heading the catalogue keeps for its sub-rows
         * ("Về nông thôn mới").
         */
        boolean isGroup() {
            return !hasTarget() && (unit() == null || unit().isBlank()) && indicator.plans().isEmpty()
                    && values.isEmpty();
        }

        /** "2" for "(2)", empty without a number. */
        String number() {
            return indicator.number() == null ? "" : indicator.number();
        }

        /** "(2) Tỷ lệ tổ chức cơ sở đảng…", as the paragraph names it. */
        String title() {
            return indicator.number() == null ? indicator.name() : indicator.numberLabel() + " " + indicator.name();
        }

        Optional<AnnualPlan> plan(int year) {
            return indicator.plans().stream().filter(p -> p.year() == year).findFirst();
        }

        /**
         * What a year's result is judged against: the year's plan read by the engine when there is one it can read,
         * else the term's target.
         */
        @Nullable TargetReading yardstick(int year) {
            var form = indicator.target();
            return plan(year)
                    .map(p -> Targets.read(p.text(), unit(), indicator.name(), form == null ? null : form.comparator(),
                            null, null))
                    .filter(r -> r.isOk()).map(r -> r.orElseThrow())
                    .orElseGet(() -> IndicatorService.targetReading(indicator));
        }

        /** The figure that stands for a year: the year's own (official first), else the latest part of it. */
        Optional<DataValue> figureOf(int year) {
            List<DataValue> ofYear = values.stream()
                    .filter(v -> v.period().yearFrom() == year && v.period().yearTo() == year).toList();
            return ReportedFigure.latest(ofYear, v -> v.figure(unit()));
        }

        /** The figure given for the whole span of the term ("2020-2025"), official first. */
        Optional<DataValue> termFigure(int from, int to) {
            return values.stream().filter(v -> v.period().yearFrom() == from && v.period().yearTo() == to)
                    .min(Comparator.comparing(DataValue::estimate));
        }

        /** The latest figure, by the engine's order. */
        Optional<DataValue> latest() {
            return ReportedFigure.latest(values, v -> v.figure(unit()));
        }

        boolean countsAllUnits() {
            return indicator.target() != null && indicator.target().countsAllUnits();
        }
    }

    /**
     * The entries in catalogue order: by sector as the documents list them, the resolution's targets before figures
     * reported without one (as the dashboard lists them), then the catalogue's own order.
     */
    static List<Entry> ordered(List<Indicator> indicators, Map<Long, List<DataValue>> values) {
        Comparator<Indicator> order = Comparator.comparing(Indicator::sector)
                .thenComparing(i -> i.targetText() == null || i.targetText().isBlank())
                .thenComparingInt(Indicator::sortOrder).thenComparing(i -> i.id() == null ? 0L : i.id());
        Map<Long, List<Indicator>> subs = indicators.stream().filter(i -> i.parentId() != null)
                .collect(Collectors.groupingBy(i -> i.parentId().getId()));
        List<Entry> entries = new ArrayList<>();
        indicators.stream().filter(i -> i.parentId() == null).sorted(order).forEach(top -> {
            List<Entry> children = subs.getOrDefault(top.id(), List.of()).stream().sorted(order)
                    .map(s -> new Entry(s, values.getOrDefault(s.id(), List.of()), List.of())).toList();
            entries.add(new Entry(top, values.getOrDefault(top.id(), List.of()), children));
        });
        return entries;
    }
}

// <chitieu-chart>: ApexCharts behind a custom element. The server sets `config` (the whole chart as JSON); the
// element creates the chart once, updates it in place, and destroys it when it
// leaves the page so a dashboard that refreshes every few seconds on a wall screen does not leak charts.
import ApexCharts from 'apexcharts';

// ApexCharts ships no Vietnamese locale: names as the documents write them.
const VI = {
  name: 'vi',
  options: {
    months: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12'],
    shortMonths: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    toolbar: {
      exportToSVG: 'Tải ảnh SVG', exportToPNG: 'Tải ảnh PNG', exportToCSV: 'Tải tệp CSV', menu: 'Trình đơn',
      selection: 'Chọn vùng', selectionZoom: 'Phóng to vùng chọn', zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ',
      pan: 'Kéo', reset: 'Về mặc định',
    },
  },
};

/** 1234567.891 → "1.234.567,89": decimal comma, dot thousands, whatever the browser's own locale is. */
export function formatVi(value, decimals = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  const fixed = Math.abs(value).toFixed(decimals).replace(/\.?0+$/, '');
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (value < 0 ? '−' : '') + grouped + (fraction ? ',' + fraction : '');
}

/**
 * Text as HTML that shows it literally. ApexCharts writes tooltips (title, series name, value) and legend entries
 * with innerHTML, and every text of a chart comes from people's data (indicator and unit names, reported results):
 * each of those outputs goes through here, so a name such as `<img src=x onerror=…>` is shown, never run. Axis
 * labels, annotations and titles are SVG text nodes, which never parse markup, so they get the raw text.
 */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
    "'": '&#39;' })[c]);
}

/**
 * ApexCharts wants plain numbers, null for a gap and never undefined (the server leaves out a missing y): with
 * {x, y} objects on a category axis it drops the last category. The labels travel beside them, by series and point.
 */
function plainSeries(series) {
  const y = (p) => (p && typeof p === 'object' ? p.y ?? null : p ?? null);
  return (series ?? []).map((s) => ({ ...s, data: (s.data ?? []).map(y) }));
}

function pointLabels(series) {
  return (series ?? []).map((s) => (s.data ?? []).map((p) => (p && typeof p === 'object' ? p.label ?? null : null)));
}

/** The server's JSON plus the Vietnamese defaults and formatters that JSON cannot carry. */
function apexOptions(config, element) {
  // ApexCharts writes into the options it is given (it turns categories into numbers): hand it a copy, never ours
  const { format = {}, ...given } = structuredClone(config);
  // the year (or name) under the pointer is in the tooltip's title already: no second box on the x axis
  const options = { ...given, xaxis: { ...given.xaxis, tooltip: { enabled: false } } };
  const suffix = format.suffix ?? '';
  const decimals = format.decimals ?? 2;
  const number = (v) => (v === null || v === undefined ? '—' : formatVi(v, decimals) + suffix);
  // a point may carry its own words ("96,5% · Năm 2026 · ước tính"): the tooltip shows them instead of the plotted
  // number, which for a chart normalised to % of target is not the figure people reported
  const pointLabel = (v, { seriesIndex, dataPointIndex }) =>
    escapeHtml(element._labels?.[seriesIndex]?.[dataPointIndex] ?? number(v));
  const chart = { fontFamily: 'inherit', toolbar: { show: false }, zoom: { enabled: false },
    ...options.chart, locales: [VI], defaultLocale: 'vi' };
  // on horizontal bars the numbers run along the x axis and the y axis holds the names
  const horizontal = options.plotOptions?.bar?.horizontal === true;
  const valueAxis = horizontal ? 'xaxis' : 'yaxis';
  const axis = { ...options[valueAxis], labels: { ...(options[valueAxis]?.labels ?? {}), formatter: number } };
  return {
    ...options,
    series: plainSeries(options.series),
    chart,
    [valueAxis]: axis,
    dataLabels: { ...(options.dataLabels ?? { enabled: false }), formatter: number },
    // every HTML output of ApexCharts escaped (see escapeHtml); set last, so no option from the server replaces them
    tooltip: {
      ...(options.tooltip ?? {}),
      // a line chart's categories ApexCharts turns into positions (it hands this "6", not "2030", and empties its own
      // copy of them): the category is looked up in the server's configuration
      x: { formatter: (value, { dataPointIndex } = {}) =>
        escapeHtml(element._config?.xaxis?.categories?.[dataPointIndex] ?? value) },
      y: { formatter: pointLabel, title: { formatter: (name) => (name ? escapeHtml(name) + ': ' : '') } },
    },
    legend: { ...(options.legend ?? {}), formatter: (name) => escapeHtml(name) },
    noData: { text: 'Chưa có số liệu', ...(options.noData ?? {}) },
  };
}

function sameButSeries(a, b) {
  const { series: _a, ...restA } = a;
  const { series: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

class ChitieuChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._labels = [];
    this._chart = null;
    this._print = window.matchMedia('print');
    this._relayout = () => this._chart?.updateOptions({ chart: { width: this._host.clientWidth || '100%' } }, false, false);
    this._host = document.createElement('div');
    this._host.className = 'chitieu-chart-canvas';
  }

  connectedCallback() {
    // a value set by the server before this module was loaded sits on the instance and hides the setter
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    if (!this._host.isConnected) {
      this.appendChild(this._host);
    }
    // printing lays the page out narrower (A4, two cards across): redraw to the new width, and back afterwards
    window.addEventListener('beforeprint', this._relayout);
    window.addEventListener('afterprint', this._relayout);
    this._print.addEventListener('change', this._relayout);
    this._render();
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this._relayout);
    window.removeEventListener('afterprint', this._relayout);
    this._print.removeEventListener('change', this._relayout);
    this._destroy();
  }

  set config(json) {
    const previous = this._config;
    this._config = typeof json === 'string' ? JSON.parse(json) : json;
    this._labels = pointLabels(this._config.series);
    if (!this._chart) {
      this._render();
    } else if (previous && sameButSeries(previous, this._config)) {
      // new figures for the same chart: ApexCharts animates the lines to their new place
      this._chart.updateSeries(plainSeries(this._config.series), true);
    } else {
      this._chart.updateOptions(apexOptions(this._config, this), true, true);
    }
    this.dataset.updates = String(Number(this.dataset.updates ?? 0) + 1);
  }

  get config() {
    return this._config;
  }

  _render() {
    if (this._chart || !this._config || !this.isConnected) {
      return;
    }
    this._chart = new ApexCharts(this._host, apexOptions(this._config, this));
    this._chart.render().then(() => {
      this.setAttribute('rendered', '');
      this.dispatchEvent(new CustomEvent('chart-rendered'));
    }).catch((error) => console.error('chitieu-chart: could not draw', error, this._config));
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
      this.removeAttribute('rendered');
    }
  }
}

customElements.define('chitieu-chart', ChitieuChart);

// <chitieu-sector-lines>: a dashboard sector card's indicator lines, drawn in the browser from one JSON property, so
// the server keeps one element per card instead of one per line (or a dozen per line, as components). Each line:
// number, name link, target, figure, period, padlock, badge. It draws into its own light DOM: the page's stylesheet
// (.sector-row, .row-name, .verdict-badge …) applies, and tests and print find the same elements. Every text goes
// through Lit's text and attribute bindings, never innerHTML: a name or note containing markup is shown as written.
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

class ChitieuSectorLines extends LitElement {
  static properties = {
    // JSON from the server: [{ "indicator": 12, "number": "(1)", "name": "…", "badge": "Dự kiến đạt", … }, …];
    // a text left out is empty
    lines: {},
  };

  createRenderRoot() {
    return this;
  }

  render() {
    const lines = this.lines ? JSON.parse(this.lines) : [];
    // keyed by indicator: a live update that changes one figure redraws that line only
    return repeat(lines, (l) => l.indicator, (l) => this.line(l));
  }

  line(l) {
    const shared = l.shared ? html`<span class="row-shared">${l.shared}</span>` : nothing;
    // `router-link`: Vaadin's router takes the click and changes the view without reloading the page
    const name = l.href
      ? html`<a class="row-name" href=${l.href} router-link>${l.name}${shared}</a>`
      : html`<span class="row-name">${l.name}${shared}</span>`;
    return html`<div class="sector-row" data-indicator=${l.indicator}><span class="row-number">${l.number}</span>${name}<span
        class="row-target" title=${l.targetTitle || nothing}>${l.target}</span>${this.latest(l)}<span
        class="verdict-badge ${l.tone}" data-verdict=${l.tone} title=${l.explanation}><span
        class="glyph badge-icon" data-icon=${l.badgeIcon} aria-hidden="true"></span><span>${l.badge}</span></span></div>`;
  }

  latest(l) {
    if (!l.value) {
      return html`<span class="row-latest empty">Chưa có số liệu</span>`;
    }
    const lock = l.locked
      ? html`<span class="lock-mark" title="Kỳ báo cáo đã khóa sổ: số liệu chỉ đọc"><span class="glyph" data-icon="lock"
          aria-hidden="true"></span><span>Đã khóa sổ</span></span>`
      : nothing;
    return html`<span class="row-latest"><span class="row-value ${l.note ? 'has-note' : ''}"
        title=${l.note ? 'Ghi chú: ' + l.note : nothing}>${l.value}</span><span
        class="row-period">${l.period}</span>${lock}</span>`;
  }
}

customElements.define('chitieu-sector-lines', ChitieuSectorLines);

// <chitieu-sector-line>: one indicator's line of a dashboard sector card, drawn in the browser from its texts, so the
// server keeps one element per line instead of a dozen (number, name link, target, figure, period, padlock, badge).
// It draws into its own light DOM: the page's stylesheet (.sector-row, .row-name, .verdict-badge …) applies as before,
// and tests and print find the same elements. Every text goes through Lit's text and attribute bindings, never
// innerHTML: a name or note containing markup is shown as written.
import { LitElement, html, nothing } from 'lit';

class ChitieuSectorLine extends LitElement {
  static properties = {
    number: {}, name: {}, href: {}, shared: {}, target: {}, targetTitle: {}, value: {}, note: {}, period: {},
    locked: { type: Boolean }, badge: {}, badgeIcon: {}, tone: {}, explanation: {},
  };

  createRenderRoot() {
    return this;
  }

  render() {
    const shared = this.shared ? html`<span class="row-shared">${this.shared}</span>` : nothing;
    // `router-link`: Vaadin's router takes the click and changes the view without reloading the page
    const name = this.href
      ? html`<a class="row-name" href=${this.href} router-link>${this.name}${shared}</a>`
      : html`<span class="row-name">${this.name}${shared}</span>`;
    return html`<span class="row-number">${this.number}</span>${name}<span class="row-target"
        title=${this.targetTitle || nothing}>${this.target}</span>${this.latest()}<span
        class="verdict-badge ${this.tone}" data-verdict=${this.tone} title=${this.explanation}><span
        class="glyph badge-icon" data-icon=${this.badgeIcon} aria-hidden="true"></span><span>${this.badge}</span></span>`;
  }

  latest() {
    if (!this.value) {
      return html`<span class="row-latest empty">Chưa có số liệu</span>`;
    }
    const lock = this.locked
      ? html`<span class="lock-mark" title="Kỳ báo cáo đã khóa sổ: số liệu chỉ đọc"><span class="glyph" data-icon="lock"
          aria-hidden="true"></span><span>Đã khóa sổ</span></span>`
      : nothing;
    return html`<span class="row-latest"><span class="row-value ${this.note ? 'has-note' : ''}"
        title=${this.note ? 'Ghi chú: ' + this.note : nothing}>${this.value}</span><span
        class="row-period">${this.period}</span>${lock}</span>`;
  }
}

customElements.define('chitieu-sector-line', ChitieuSectorLine);

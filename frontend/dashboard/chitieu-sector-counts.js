// <chitieu-sector-counts>: a sector card's counts ("3 dự kiến đạt", "1 nguy cơ không đạt" …) as chips, drawn in the
// browser from one property, so the server keeps one element per card instead of a span and a text per chip. Light
// DOM, so the page's stylesheet (.sector-count-chip and its tones) applies; texts through Lit's text bindings only.
import { LitElement, html } from 'lit';

class ChitieuSectorCounts extends LitElement {
  static properties = {
    // JSON from the server: [{ "text": "3 đạt", "tone": "dat" }, …]
    chips: {},
  };

  createRenderRoot() {
    return this;
  }

  render() {
    const chips = this.chips ? JSON.parse(this.chips) : [];
    return chips.map((chip) => html`<span class="sector-count-chip ${chip.tone}">${chip.text}</span>`);
  }
}

customElements.define('chitieu-sector-counts', ChitieuSectorCounts);

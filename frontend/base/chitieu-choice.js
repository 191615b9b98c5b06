// <chitieu-choice>: a labelled native <select> whose options come from one JSON property. Opening a screen costs the
// browser almost nothing for it (a combo box is a web component with an overlay, a data provider and a second round
// trip of property sync), and the server keeps one element, not an element per option. Light DOM, so the page's
// stylesheet gives it the look of the other fields; texts through Lit's bindings only, never as markup.
import { LitElement, html } from 'lit';

class ChitieuChoice extends LitElement {
  static properties = {
    label: {},
    // JSON from the server: [{ "key": "2026-Q3", "text": "Quý III/2026" }, …]
    options: {},
    // the chosen option's key, synchronised to the server on 'value-changed'
    value: {},
  };

  createRenderRoot() {
    return this;
  }

  render() {
    const options = this.options ? JSON.parse(this.options) : [];
    return html`<label class="choice-field"><span class="choice-label">${this.label}</span>
      <select class="choice-select" @change=${this.changed}>
        ${options.map((o) => html`<option value=${o.key} ?selected=${o.key === this.value}>${o.text}</option>`)}
      </select></label>`;
  }

  updated() {
    // after the person has picked once, an option's selected attribute no longer moves the selection: set it here
    const select = this.querySelector('select');
    if (select && this.value != null && select.value !== this.value) {
      select.value = this.value;
    }
  }

  focus() {
    this.querySelector('select')?.focus();
  }

  changed(event) {
    this.value = event.target.value;
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
  }
}

customElements.define('chitieu-choice', ChitieuChoice);

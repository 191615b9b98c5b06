// <chitieu-choice>: a labelled native <select> whose options come from one JSON property. Opening a screen costs the
// browser almost nothing for it (a combo box is a web component with an overlay, a data provider and a second round
// trip of property sync), and the server keeps one element, not an element per option. Light DOM, so the page's
// stylesheet gives it the look of the other fields; texts through Lit's bindings only, never as markup.
import { LitElement, html } from 'lit';

let created = 0;

class ChitieuChoice extends LitElement {
  static properties = {
    label: {},
    // JSON from the server: [{ "key": "2026-Q3", "text": "Quý III/2026" }, …]
    options: {},
    // the chosen option's key, synchronised to the server on 'value-changed'
    value: {},
  };

  constructor() {
    super();
    // the label names the select by its id: a label around the select would read the chosen option into its name
    this.selectId = `chitieu-choice-${++created}`;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const options = this.options ? JSON.parse(this.options) : [];
    return html`<div class="choice-field"><label class="choice-label" for=${this.selectId}>${this.label}</label>
      <select class="choice-select" id=${this.selectId} @change=${this.changed} @keydown=${this.keyed}
        @pointerdown=${this.pointed} @blur=${this.send}>
        ${options.map((o) => html`<option value=${o.key} ?selected=${o.key === this.value}>${o.text}</option>`)}
      </select></div>`;
  }

  updated() {
    // after the person has picked once, an option's selected attribute no longer moves the selection: set it here
    const select = this.querySelector('select');
    if (select && this.value != null && select.value !== this.value) {
      select.value = this.value;
    }
  }

  // On Windows and Linux the arrow keys change a closed select's value at every step: each step would reload the
  // screen. A value picked with the keyboard is sent once the person pauses (or leaves the field, or presses Enter);
  // one picked with the mouse or touch at once.
  keyed(event) {
    this.keyboard = true;
    if (event.key === 'Enter') {
      this.send();
    }
  }

  pointed() {
    this.keyboard = false;
  }

  changed(event) {
    this.value = event.target.value;
    clearTimeout(this.pending);
    this.pending = undefined;
    if (this.keyboard) {
      this.pending = setTimeout(() => this.send(), 600);
    } else {
      this.dispatch();
    }
  }

  /** Sends a value picked with the keyboard now, if one is waiting. */
  send() {
    if (this.pending !== undefined) {
      clearTimeout(this.pending);
      this.pending = undefined;
      this.dispatch();
    }
  }

  dispatch() {
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
  }
}

customElements.define('chitieu-choice', ChitieuChoice);

// Writes src/main/resources/META-INF/resources/glyphs.css: the few Vaadin icons the dashboard's page shows, as CSS
// masks on plain spans (<span class="glyph" data-icon="check-circle">) instead of <vaadin-icon> web components. Each
// <vaadin-icon> is a custom element with its own shadow DOM, render and style injection; the page had 48 of them and
// they were the browser's largest single cost in opening the dashboard (docs/quy-mo-quoc-gia.md). The shapes are
// Vaadin's own (@vaadin/icons, Apache License 2.0), read from the package the frontend build installs.
// usage, after tools/rebuild-frontend.sh has installed node_modules: node tools/glyphs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

// the line's badges and padlock, the menu, the account box, the dashboard's own buttons
const NAMES = ['check-circle', 'close-circle', 'question-circle', 'arrow-up', 'warning', 'hourglass', 'lock',
  'book', 'calendar-clock', 'copy', 'dashboard', 'edit', 'file-text-o', 'grid-big', 'key-o', 'list', 'sitemap',
  'tasks', 'upload', 'users', 'sign-in', 'sign-out', 'user', 'print', 'desktop'];

const iconset = readFileSync('node_modules/@vaadin/icons/vaadin-iconset.js', 'utf8');
const encode = (svg) => svg.replace(/"/g, "'").replace(/[<>#%\n]/g, (c) => encodeURIComponent(c));
const rules = NAMES.map((name) => {
  const found = iconset.match(new RegExp(`<g id="vaadin:${name}">(.*?)</g>`, 's'));
  if (!found) {
    throw new Error(`no icon vaadin:${name} in @vaadin/icons`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${found[1]}</svg>`;
  return `.glyph[data-icon="${name}"] { --glyph: url("data:image/svg+xml,${encode(svg)}"); }`;
});
writeFileSync('src/main/resources/META-INF/resources/glyphs.css', `/* Written by tools/glyphs.mjs: Vaadin icons (@vaadin/icons, Apache License 2.0, Vaadin Ltd.) as CSS masks. */
.glyph { display: inline-block; flex: none; width: var(--vaadin-icon-size, var(--lumo-icon-size-m, 1.5em));
    height: var(--vaadin-icon-size, var(--lumo-icon-size-m, 1.5em)); background-color: currentColor;
    -webkit-mask: var(--glyph) center / var(--glyph-size, 100%) no-repeat; mask: var(--glyph) center / var(--glyph-size, 100%) no-repeat;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* as Lumo draws a <vaadin-icon> in these places: the menu's in a softer colour with a little room, a button's smaller */
.app-nav-link > .glyph { color: var(--lumo-contrast-60pct); --glyph-size: 87%; }
.app-nav-link[aria-current] > .glyph { color: inherit; }
.plain-button > .glyph { --glyph-size: 67%; }
${rules.join('\n')}
`);
console.log(`glyphs.css: ${NAMES.length} icons`);

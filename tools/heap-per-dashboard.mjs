// What one open dashboard keeps in a running application's heap: opens N dashboards, each in its own browser
// context (its own session), and compares `jcmd <pid> GC.class_histogram` (a full GC first) with none open, with N
// open, and after the browsers went (the screens released, the sessions kept). A measurement, run under the lock.
// usage: node tools/heap-per-dashboard.mjs BASE PID N [ADDRESS] [USER_PREFIX]
//   e.g. node tools/heap-per-dashboard.mjs http://localhost:8101 12345 30 '/?nhiem-ky=2025-2030&don-vi=qg-1701'
import { execFileSync } from 'node:child_process';
import { chromium, openPage, signIn, sleep } from './cdp.mjs';

const [base, pid, n, address = '/?nhiem-ky=2025-2030&don-vi=qg-1701', prefix = 'bench-xem-'] = process.argv.slice(2);
const viewers = Number(n);
const { send, close } = await chromium({ name: 'heap-profile' });

function histogram() {
  // The histogram's own full GC keeps what is only waiting for a cleaner or a reference queue (freed by the next
  // collection): two collections first, so the histogram counts what is really still held, as a heap dump does.
  // Without them two runs of the same build differed by up to 15 MB of byte[] for 30 dashboards.
  for (let i = 0; i < 2; i++) execFileSync('jcmd', [pid, 'GC.run'], { encoding: 'utf8' });
  const text = execFileSync('jcmd', [pid, 'GC.class_histogram'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const classes = new Map();
  let total = 0;
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)/);
    if (m) {
      classes.set(m[3], [Number(m[1]), Number(m[2])]);
      total += Number(m[2]);
    }
  }
  return { classes, total };
}

/** Each page its own browser context: its own session, signed in as the login form does. */
async function open(user) {
  const context = (await send('Target.createBrowserContext')).browserContextId;
  await send('Storage.setCookies', { browserContextId: context, cookies: [await signIn(base, user)] });
  return { context, sessionId: await openPage(send, base + address, context) };
}

async function ready({ sessionId }) {
  for (let i = 0; i < 240; i++) {
    const r = await send('Runtime.evaluate', { expression:
      "document.querySelectorAll('.sector-row .row-value').length > 0", returnByValue: true }, sessionId)
      .catch(() => undefined);
    if (r?.result?.value) return;
    await sleep(500);
  }
  throw new Error('dashboard not shown');
}

const user = (i) => prefix + String(i).padStart(3, '0');
// one opened and closed first: classes loaded, caches filled
const warm = await open(user(1));
await ready(warm);
await send('Target.disposeBrowserContext', { browserContextId: warm.context });
await sleep(15000);
const none = histogram();
// HEAP_DUMP=prefix: heap dumps with none and with N open, to see who holds what (only live objects)
const dump = (name) => process.env.HEAP_DUMP && execFileSync('jcmd', [pid, 'GC.heap_dump',
  `${process.env.HEAP_DUMP}-${name}.hprof`], { encoding: 'utf8' });
dump('none');
const started = Date.now();
const pages = [];
for (let i = 1; i <= viewers; i += 2) {
  const batch = [];
  for (let j = i; j < Math.min(viewers + 1, i + 2); j++) batch.push(await open(user(j)));
  await Promise.all(batch.map(ready));
  pages.push(...batch);
}
console.log(`opened ${viewers} in ${Math.round((Date.now() - started) / 1000)} s`);
// idle keep-alive connections of the opening close after Tomcat's 60 s; what stays is each page's push connection and
// the one its heartbeat keeps alive
await sleep(Number(process.env.OPEN_WAIT ?? 65000));
const opened = histogram();
dump('open');
for (const page of pages) await send('Target.disposeBrowserContext', { browserContextId: page.context });
// a closed page says goodbye (or misses three heartbeats): its UI goes, its session stays until it times out
await sleep(Number(process.env.RELEASE_WAIT ?? 45000));
const released = histogram();
close();

const kb = (bytes) => Math.round(bytes / 1024);
console.log(`heap KB: none ${kb(none.total)}, ${viewers} open ${kb(opened.total)}, released ${kb(released.total)}`);
console.log(`per dashboard KB: ${kb((opened.total - none.total) / viewers)} (screen ${kb((opened.total - released.total)
  / viewers)}, session ${kb((released.total - none.total) / viewers)})`);
const rows = [...opened.classes].map(([name, [count, bytes]]) => {
  const [c0, b0] = none.classes.get(name) ?? [0, 0];
  return [name, (count - c0) / viewers, (bytes - b0) / viewers];
}).sort((a, b) => b[2] - a[2]).slice(0, 40);
console.log('| class | objects per dashboard | bytes per dashboard |\n|---|---|---|');
for (const [name, count, bytes] of rows) console.log(`| ${name} | ${count.toFixed(1)} | ${Math.round(bytes)} |`);
process.exit(0);

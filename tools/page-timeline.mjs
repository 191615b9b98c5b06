// Where a page's opening goes, blank page beside another, in headless Chromium (a Chromium trace per opening):
// time from navigation to ready, the server's time for the navigation's UIDL request, and the renderer main thread's
// work in all and from that request on ("post": what the page's content costs the browser). Pages are opened in turn
// so whatever else the machine does weighs on both; medians after two warm-ups, and the median ratio of each dashboard
// to the blank page opened just before it. A measurement, asserts nothing.
// usage: node tools/page-timeline.mjs BASE USER PATH RUNS [WIDTH HEIGHT]
//   BASE runs the blank pages of src/test/java/vn/chitieu/bench (tools/dashboard-vs-blank.sh starts the production
//   jar with them); PATH is the page beside /bench-trang-trong, e.g. '/?nhiem-ky=2025-2030&don-vi=qg-1701' or
//   /bench-trang-trong-khung (a blank page inside the application's frame); any other PATH is a dashboard, ready
//   when its sector cards are shown and every chart is drawn (as in NationalDashboardBenchmark).
//   PROFILE=N  also a JS CPU profile of every opening: the N functions the dashboard spends most more time in than the
//              blank page, inclusive and self
//   STUB=a,b   measuring only: these custom elements are defined as plain elements (what would the page cost
//              without them); a stubbed chitieu-chart never reports "rendered", so the dashboard never gets ready
//   READY=js   measuring only: the dashboard is ready when this expression is true (e.g. with STUB=chitieu-chart:
//              "document.querySelectorAll('.sector-card').length === 5", the page without its charts)
//   INJECT=js  measuring only: this script runs before each page's own, e.g. 'window.Apex={chart:{animations:
//              {enabled:false}}};' (ApexCharts' global defaults: the charts without their animation)
// Node 22 or later (global WebSocket); on Node 20: node --experimental-websocket.
import { chromium, openPage, signIn, sleep } from './cdp.mjs';

const [base, user, dashPath, runsArg, w = '1280', h = '900'] = process.argv.slice(2);
const runs = Number(runsArg ?? 6);
const { send, onEvent, close } = await chromium({ width: w, height: h, name: 'page-timeline' });
let traceEvents = [];
let traceDone;
onEvent((d) => {
  if (d.method === 'Tracing.dataCollected') {
    traceEvents.push(...d.params.value);
  } else if (d.method === 'Tracing.tracingComplete') {
    traceDone?.();
  }
});
await send('Storage.setCookies', { cookies: [await signIn(base, user)] });
const sessionId = await openPage(send, 'about:blank');
await send('Page.enable', {}, sessionId);
if (process.env.INJECT) {
  await send('Page.addScriptToEvaluateOnNewDocument', { source: process.env.INJECT }, sessionId);
}
if (process.env.STUB) {
  // measuring only: these custom elements become plain elements (comma-separated tag names)
  await send('Page.addScriptToEvaluateOnNewDocument', { source: `(() => { const d = customElements.define.bind(customElements);
    const stub = new Set(${JSON.stringify(process.env.STUB.split(','))});
    customElements.define = (name, cls, o) => stub.has(name) ? d(name, class extends HTMLElement {}, o) : d(name, cls, o); })();` }, sessionId);
}

const BLANK = "document.getElementById('blank-ready') !== null";
const DASH = process.env.READY ?? `(() => { const charts = [...document.querySelectorAll('chitieu-chart')].filter(c => !c.hidden);
  return document.querySelector('.sector-card') !== null && charts.length > 0
    && charts.every(c => c.hasAttribute('rendered')); })()`;

const profiles = [];
async function once(path, ready) {
  traceEvents = [];
  const profiling = !!process.env.PROFILE;
  if (profiling) {
    await send('Profiler.enable', {}, sessionId);
    await send('Profiler.setSamplingInterval', { interval: 200 }, sessionId);
    await send('Profiler.start', {}, sessionId);
  }
  await send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents' });
  const started = Date.now();
  await send('Page.navigate', { url: base + path }, sessionId);
  for (;;) {
    const r = await send('Runtime.evaluate', { expression: ready, returnByValue: true }, sessionId).catch(() => undefined);
    if (r?.result?.value) break;
    await sleep(10);
  }
  await send('Runtime.evaluate', { expression: 'new Promise(r => requestAnimationFrame(() => r(1)))', awaitPromise: true },
    sessionId);
  const millis = Date.now() - started;
  if (profiling) { const pr = (await send('Profiler.stop', {}, sessionId)).profile; pr.kind = path === '/bench-trang-trong' ? 'blank' : 'dash'; profiles.push(pr); }
  const t = (await send('Runtime.evaluate', { expression: `JSON.stringify(performance.getEntriesByType('resource')
    .filter(e => e.name.includes('v-r=')).map(e => [e.name.includes('v-r=init') ? 'init' : 'uidl', Math.round(e.requestStart),
    Math.round(e.responseStart), Math.round(e.responseEnd)]))`, returnByValue: true }, sessionId)).result.value;
  const res = JSON.parse(t);
  const uidl = res.find((r) => r[0] === 'uidl') ?? [0, 0, 0, 0];
  const init = res.find((r) => r[0] === 'init') ?? [0, 0, 0, 0];
  const timing = { initReq: init[1], initEnd: init[3], uidlReq: uidl[1], uidlServer: uidl[2] - uidl[1], uidlEnd: uidl[3] };
  const done = new Promise((r) => (traceDone = r));
  await send('Tracing.end');
  await done;
  return { millis, timing, ...selfTimes(traceEvents) };
}

function selfTimes(events) {
  // renderer main thread of the page
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (!threads.some((t) => t.pid === e.pid && t.tid === e.tid)) continue;
    const k = e.pid + ':' + e.tid;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  // from the navigation's UIDL request on: what the page's content costs the renderer
  const sends = events.filter((e) => e.name === 'ResourceSendRequest');
  const init = sends.find((e) => e.args?.data?.url?.includes('v-r=init'));
  const nav = sends.find((e) => e.args?.data?.url?.includes('v-r=uidl') && (!init || e.ts > init.ts));
  const from = nav ? nav.ts : Infinity;
  // the busiest renderer thread is the page's
  let list = [];
  for (const l of byThread.values()) if (l.reduce((a, e) => a + e.dur, 0) > list.reduce((a, e) => a + e.dur, 0)) list = l;
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let busy = 0;
  let post = 0;
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) {
      const p = stack.at(-1);
      self.set(p.name, (self.get(p.name) ?? 0) - e.dur);
    } else {
      busy += e.dur;
      if (e.ts >= from) post += e.dur;
    }
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return { busy: busy / 1000, post: post / 1000, self: Object.fromEntries([...self].map(([k, v]) => [k, v / 1000])) };
}

const blank = [];
const dash = [];
for (let i = 0; i < runs + 2; i++) {
  const b = await once('/bench-trang-trong', BLANK);
  const d = await once(dashPath, dashPath.includes('bench-trang-trong') ? BLANK : DASH);
  if (i >= 2) {
    blank.push(b);
    dash.push(d);
  }
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const k of ['initReq', 'initEnd', 'uidlReq', 'uidlServer', 'uidlEnd']) {
  console.log(`${k.padEnd(12)} blank ${median(blank.map((r) => r.timing[k]))} dash ${median(dash.map((r) => r.timing[k]))}`);
}
const names = new Set([...blank, ...dash].flatMap((r) => Object.keys(r.self)));
const rows = [...names].map((n) => [n, median(blank.map((r) => r.self[n] ?? 0)), median(dash.map((r) => r.self[n] ?? 0))])
  .filter(([, b, d]) => b > 2 || d > 2).sort((a, b) => b[2] - a[2]);
console.log(`millis blank ${median(blank.map((r) => r.millis))} dash ${median(dash.map((r) => r.millis))}`);
console.log(`  all blank ${blank.map((r) => r.millis).join(' ')} | dash ${dash.map((r) => r.millis).join(' ')}`);
// each dashboard beside the blank page opened just before it: the machine's drift (a busy second, a slower minute)
// weighs on both of a pair, so the pairs' median ratio varies less from run to run than the ratio of the two medians
const pairs = dash.map((d, i) => d.millis / blank[i].millis);
console.log(`ratio of medians ${(median(dash.map((r) => r.millis)) / median(blank.map((r) => r.millis))).toFixed(2)}`
  + ` · median of pairs ${median(pairs).toFixed(2)} (pairs ${Math.min(...pairs).toFixed(2)}-${Math.max(...pairs).toFixed(2)})`);
console.log(`post blank ${median(blank.map((r) => r.post)).toFixed(0)} dash ${median(dash.map((r) => r.post)).toFixed(0)}  all dash ${dash.map((r) => r.post.toFixed(0)).join(' ')}`);
console.log(`busy blank ${median(blank.map((r) => r.busy)).toFixed(0)} dash ${median(dash.map((r) => r.busy)).toFixed(0)}`);
for (const [n, b, d] of rows) console.log(`${n.padEnd(40)} ${b.toFixed(1).padStart(8)} ${d.toFixed(1).padStart(8)}`);
if (process.env.PROFILE) {
  // self and inclusive time per function per opening, for each page, and the functions the dashboard spends most
  // more time in than the blank page
  const summed = (kind) => {
    const selfT = new Map();
    const incl = new Map();
    const mine = profiles.filter((p) => p.kind === kind);
    for (const prof of mine) {
      const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const dt = new Map();
      prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0)));
      const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop().split('?')[0]}:${n.callFrame.lineNumber}`;
      for (const [id, t] of dt) {
        const n = nodes.get(id);
        selfT.set(key(n), (selfT.get(key(n)) ?? 0) + t);
        const seen = new Set();
        for (let c = id; c !== undefined; c = parent.get(c)) {
          const k = key(nodes.get(c));
          if (seen.has(k)) continue;
          seen.add(k);
          incl.set(k, (incl.get(k) ?? 0) + t);
        }
      }
    }
    const per = (m) => new Map([...m].map(([k, v]) => [k, v / 1000 / Math.max(1, mine.length)]));
    return { self: per(selfT), incl: per(incl) };
  };
  const b = summed('blank');
  const d = summed('dash');
  const top = (kind) => [...d[kind]].map(([k, v]) => [k, v, b[kind].get(k) ?? 0]).sort((x, y) => (y[1] - y[2]) - (x[1] - x[2]))
    .slice(0, Number(process.env.PROFILE));
  // self time per script file: which code the difference is spent in (the page's own modules, Flow, ApexCharts)
  const byFile = (m) => { const f = new Map(); for (const [k, v] of m) { const file = k.split(' ').at(-1).replace(/:-?\d+$/, '') || k;
    f.set(file, (f.get(file) ?? 0) + v); } return f; };
  const fb = byFile(b.self);
  console.log('--- self ms per opening by script: dashboard, blank page');
  for (const [k, v] of [...byFile(d.self)].sort((x, y) => (y[1] - (fb.get(y[0]) ?? 0)) - (x[1] - (fb.get(x[0]) ?? 0))).slice(0, 12)) {
    console.log(v.toFixed(1).padStart(8), (fb.get(k) ?? 0).toFixed(1).padStart(8), k);
  }
  for (const kind of ['incl', 'self']) {
    console.log(`--- ${kind === 'incl' ? 'inclusive' : 'self'} ms per opening: dashboard, blank page, most more first`);
    for (const [k, v, w] of top(kind)) console.log(v.toFixed(1).padStart(8), w.toFixed(1).padStart(8), k);
  }
}
close();
process.exit(0);

// What one dashboard's page sends and receives, from Chromium's DevTools log: every request (method, address, headers,
// body), the push WebSocket's address, handshake and frames, and the bodies of the page and of Vaadin's requests.
// Used to copy the browser's protocol into the thin viewer (src/test/java/vn/chitieu/bench/ThinViewer.java) and to
// compare the push messages a page and a thin viewer receive for the same save (docs/quy-mo-quoc-gia.md).
// usage: node tools/page-traffic.mjs BASE USER PATH SECONDS OUT.json
//   e.g. node tools/page-traffic.mjs http://localhost:8120 bench-xem-004 '/?nhiem-ky=2025-2030&don-vi=qg-1701' 30 t.json
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const [base, user, path, seconds, out] = process.argv.slice(2);
const port = 9350 + Math.floor(Math.random() * 40);
const chrome = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`,
  '--window-size=1280,900', `--user-data-dir=/tmp/page-traffic-${Date.now()}`, 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let targets;
for (let i = 0; i < 40 && !targets; i++) {
  await sleep(500);
  targets = await fetch(`http://127.0.0.1:${port}/json`).then((r) => r.json()).catch(() => undefined);
}
const ws = new WebSocket(targets.find((t) => t.type === 'page').webSocketDebuggerUrl);
await new Promise((r) => (ws.onopen = r));
let id = 0;
const pending = new Map();
const log = [];
ws.onmessage = (m) => {
  const d = JSON.parse(m.data);
  if (d.id && pending.has(d.id)) {
    pending.get(d.id)(d.result);
    pending.delete(d.id);
    return;
  }
  const p = d.params;
  if (d.method === 'Network.requestWillBeSent') {
    log.push({ at: Date.now(), ev: 'request', method: p.request.method, url: p.request.url, headers: p.request.headers,
      postData: p.request.postData });
  } else if (d.method === 'Network.responseReceived') {
    log.push({ at: Date.now(), ev: 'response', url: p.response.url, status: p.response.status, mime: p.response.mimeType,
      id: p.requestId });
  } else if (d.method?.startsWith('Network.webSocket')) {
    log.push({ at: Date.now(), ev: d.method, p });
  }
};
const send = (method, params = {}) => new Promise((r) => {
  const i = ++id;
  pending.set(i, r);
  ws.send(JSON.stringify({ id: i, method, params }));
});
// signed in as the login form does (CSRF token, then the form), the session cookie handed to the page
const login = await fetch(base + '/login');
const first = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const csrf = (await login.text()).match(/<meta name="_csrf" content="([^"]+)"/)[1];
const signedIn = await fetch(base + '/login', { method: 'POST', redirect: 'manual', headers: { cookie: first,
  'content-type': 'application/x-www-form-urlencoded' },
body: new URLSearchParams({ username: user, password: 'chitieu-demo', _csrf: csrf }) });
const session = signedIn.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('JSESSIONID='));
await send('Network.enable', {});
await send('Network.setCookie', { name: 'JSESSIONID', value: session.split('=')[1], domain: new URL(base).hostname,
  path: '/', httpOnly: true });
await send('Page.navigate', { url: base + path });
await sleep(Number(seconds) * 1000);
const bodies = [];
for (const e of log.filter((e) => e.ev === 'response' && (e.url.includes('v-r=') || e.url === base + path))) {
  const b = await send('Network.getResponseBody', { requestId: e.id }).catch(() => undefined);
  if (b) bodies.push({ url: e.url, body: b.body });
}
fs.writeFileSync(out, JSON.stringify({ log, bodies }, null, 1));
chrome.kill();
process.exit(0);

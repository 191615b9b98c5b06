// What one dashboard's page sends and receives, from Chromium's DevTools log: every request (method, address, headers,
// body), the push WebSocket's address, handshake and frames, and the bodies of the page and of Vaadin's requests.
// Used to copy the browser's protocol into the thin viewer (src/test/java/vn/chitieu/bench/ThinViewer.java) and to
// compare the push messages a page and a thin viewer receive for the same save (docs/quy-mo-quoc-gia.md).
// usage: node tools/page-traffic.mjs BASE USER PATH SECONDS OUT.json
//   e.g. node tools/page-traffic.mjs http://localhost:8120 bench-xem-004 '/?nhiem-ky=2025-2030&don-vi=qg-1701' 30 t.json
import fs from 'node:fs';
import { chromium, openPage, signIn, sleep } from './cdp.mjs';

const [base, user, path, seconds, out] = process.argv.slice(2);
const { send, onEvent, close } = await chromium({ name: 'page-traffic' });
const log = [];
onEvent((d) => {
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
});
// signed in as the login form does, the session cookie handed to the page
const page = await openPage(send, 'about:blank');
await send('Network.enable', {}, page);
await send('Network.setCookie', await signIn(base, user), page);
await send('Page.navigate', { url: base + path }, page);
await sleep(Number(seconds) * 1000);
const bodies = [];
for (const e of log.filter((e) => e.ev === 'response' && (e.url.includes('v-r=') || e.url === base + path))) {
  const b = await send('Network.getResponseBody', { requestId: e.id }, page).catch(() => undefined);
  if (b) bodies.push({ url: e.url, body: b.body });
}
fs.writeFileSync(out, JSON.stringify({ log, bodies }, null, 1));
close();
process.exit(0);

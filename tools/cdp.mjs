// What the measuring tools share: Debian's Chromium, headless, driven over the DevTools protocol (one connection to the
// browser, a session per page), and a session of the application signed in as its login form does.
// Node 22 or later (global WebSocket); on Node 20: node --experimental-websocket.
import { spawn } from 'node:child_process';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts Chromium (a new profile under /tmp/NAME-…) and connects to it. `send(method, params, sessionId)` answers the
 * command's result or throws its error; `onEvent(listener)` gets every event, with its `sessionId`.
 */
export async function chromium({ width = 1280, height = 900, name = 'cdp' } = {}) {
  const port = 9300 + Math.floor(Math.random() * 300);
  // without the background-networking flags, Chromium's calls home are refused by this machine's closed network
  const browser = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--remote-debugging-port=${port}`, `--window-size=${width},${height}`, `--user-data-dir=/tmp/${name}-${Date.now()}`,
    'about:blank'], { stdio: 'ignore' });
  let version;
  for (let i = 0; i < 40 && !version; i++) {
    await sleep(500);
    version = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.json()).catch(() => undefined);
  }
  const ws = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((r) => (ws.onopen = r));
  let id = 0;
  const pending = new Map();
  const listeners = [];
  ws.onmessage = (m) => {
    const d = JSON.parse(m.data);
    if (d.id && pending.has(d.id)) {
      pending.get(d.id)(d);
      pending.delete(d.id);
    } else if (d.method) {
      listeners.forEach((listener) => listener(d));
    }
  };
  const send = (method, params = {}, sessionId) => new Promise((r) => {
    const i = ++id;
    pending.set(i, r);
    ws.send(JSON.stringify({ id: i, method, params, ...(sessionId ? { sessionId } : {}) }));
  }).then((d) => {
    if (d.error) throw new Error(`${method}: ${d.error.message}`);
    return d.result;
  });
  return { send, onEvent: (listener) => listeners.push(listener), close: () => browser.kill() };
}

/** A new page (in a browser context, when given), attached: its session id. */
export async function openPage(send, url, browserContextId) {
  const { targetId } = await send('Target.createTarget', { url, ...(browserContextId ? { browserContextId } : {}) });
  return (await send('Target.attachToTarget', { targetId, flatten: true })).sessionId;
}

/**
 * Signs `user` in (password chitieu-demo) as the login form does, the CSRF token first, and gives the session's
 * cookie for the browser: `{ name, value, domain, path, httpOnly }`.
 */
export async function signIn(base, user) {
  const page = await fetch(base + '/login');
  const first = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = (await page.text()).match(/<meta name="_csrf" content="([^"]+)"/)[1];
  const login = await fetch(base + '/login', { method: 'POST', redirect: 'manual', headers: { cookie: first,
    'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ username: user, password: 'chitieu-demo', _csrf: csrf }) });
  const session = login.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('JSESSIONID='));
  return { name: 'JSESSIONID', value: session.split('=')[1], domain: new URL(base).hostname, path: '/',
    httpOnly: true };
}

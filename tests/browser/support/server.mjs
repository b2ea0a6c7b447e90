// A tiny dependency-free static file server for the built app in dist/.
//
//   const server = await startServer({ root: 'dist', basePath: '/care/workforce/', headers: { ... } });
//   await page.goto(server.url + '?view=adult');   // server.url ends with the base path, e.g. http://127.0.0.1:41234/care/workforce/
//   await server.close();
//
// Listens on 127.0.0.1 on a random free port. Files under `root` are served below `basePath`;
// the base path itself (and any path ending in '/') serves that directory's index.html; the base
// path without its trailing slash redirects to it (so relative asset URLs resolve). Anything else,
// including paths outside the base or outside `root`, is a 404. `headers` are added to every
// response (e.g. a Content-Security-Policy for the CSP test).
//
// Every HTML page gets, first in its <head>, a same-origin script that records the page's
// console problems in any engine (problem-recorder.js, served at `${basePath}__test/problem-recorder.js`;
// support/engines.mjs reads it). The files in dist/ are not changed; `record: false` serves them as
// they are.
//
// `respond(rel)` (optional) is asked first about each file (its path below the base, e.g.
// 'care-workforce-….wasm'); it may return a promise. Resolving to undefined serves the file (after
// the wait: a test holds the Wasm back this way in every engine); to `{ status, body, type }`
// sends that instead (a test makes the Wasm fail to load).

import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORDER_FILE = fileURLToPath(new URL('./problem-recorder.js', import.meta.url));
export const RECORDER_PATH = '__test/problem-recorder.js';

/** `html` with a <script> of `src` as the first element of its <head>. */
export function withRecorder(html, src) {
  const tag = `<script src="${src}"></script>`;
  const head = /<head(\s[^>]*)?>/i;
  if (!head.test(html)) throw new Error('withRecorder: the page has no <head>');
  return html.replace(head, (open) => `${open}${tag}`);
}

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function normaliseBase(basePath) {
  let base = String(basePath || '/');
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return base;
}

export function startServer({ root, basePath = '/', headers = {}, record = true, respond = null } = {}) {
  if (!root) throw new Error('startServer: root is required');
  const rootDir = path.resolve(root);
  const base = normaliseBase(basePath);

  const send = (req, res, status, body, type, extra = {}) => {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': buf.length,
      'Cache-Control': 'no-store',
      ...extra,
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : buf);
  };
  const notFound = (req, res) => send(req, res, 404, 'Not found\n', 'text/plain; charset=utf-8');

  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(req, res, 405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
        return;
      }
      const { pathname, search } = new URL(req.url, 'http://127.0.0.1');
      let decoded;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        send(req, res, 400, 'Bad request\n', 'text/plain; charset=utf-8');
        return;
      }
      if (decoded.includes('\0')) return notFound(req, res);
      if (base !== '/' && `${decoded}/` === base) {
        send(req, res, 301, '', 'text/plain; charset=utf-8', { Location: base + search });
        return;
      }
      if (!decoded.startsWith(base)) return notFound(req, res);

      let rel = decoded.slice(base.length);
      if (record && rel === RECORDER_PATH) {
        send(req, res, 200, await readFile(RECORDER_FILE), MIME_TYPES['.js']);
        return;
      }
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const instead = respond ? await respond(rel) : undefined;
      if (instead) {
        send(req, res, instead.status, instead.body ?? '', instead.type ?? 'text/plain; charset=utf-8');
        return;
      }
      const file = path.resolve(rootDir, rel);
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return notFound(req, res);

      let info;
      try {
        info = await stat(file);
      } catch {
        return notFound(req, res);
      }
      if (!info.isFile()) return notFound(req, res);

      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      let body = await readFile(file);
      if (record && type.startsWith('text/html')) body = withRecorder(body.toString('utf8'), `${base}${RECORDER_PATH}`);
      send(req, res, 200, body, type);
    } catch (err) {
      if (!res.headersSent) send(req, res, 500, `Internal error: ${err.message}\n`, 'text/plain; charset=utf-8');
      else res.destroy(err);
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        port,
        close: () =>
          new Promise((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // Browsers keep connections alive; drop them so close() resolves promptly.
            server.closeAllConnections();
          }),
      });
    });
  });
}

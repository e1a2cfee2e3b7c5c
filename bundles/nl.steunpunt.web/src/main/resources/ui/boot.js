// The boot script: the first script of the shell's page, small and run before anything else
// (built to boot.bundle.js, a classic script). It starts the requests the first page needs (the
// texts; for a family page its family, trajectory, members and the municipalities) while the
// bundle of the shell (app.bundle.js) is still being loaded, compiled and run; the shell takes
// their answers (lib/first.js) instead of asking again. One wave of requests instead of three. It
// asks exactly as lib/api.js does, so a session that ended gets the same plain 401. The user and
// the extensions are in the page already (the server's `steunpunt-first`), so they are answers at
// once; without them (an older page) they are asked for too.
import { initialLocale } from './lib/locale.js';
import { ME, extensionsPath, firstPaths } from './lib/paths.js';

/** What the server put in the page: { me, extensions }, or null. */
function inPage() {
  try {
    return JSON.parse(document.querySelector('meta[name="steunpunt-first"]')?.content || 'null');
  } catch {
    return null;
  }
}

const json = (body) =>
  Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));

const root = new URL('./', document.currentScript.src);
const lang = initialLocale();
const first = inPage();
const known = new Map(first?.me && first?.extensions ? [[ME, first.me], [extensionsPath(lang), first.extensions]] : []);
const started = new Map();
for (const path of firstPaths(window.location.hash, root, lang)) {
  const response = known.has(path)
    ? json(known.get(path))
    : fetch(path, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-Steunpunt-Shell': '1' },
      });
  response.catch(() => {}); // the shell sees a failure when it takes the answer
  started.set(path, response);
}

Object.defineProperty(window, 'steunpuntFirstRequests', {
  value: Object.freeze({
    take(path) {
      const response = started.get(path) ?? null;
      started.delete(path);
      return response;
    },
    clear() {
      started.clear();
    },
  }),
});

// The boot script: the first script of the shell's page, small and run before anything else
// (built to boot.bundle.js, a classic script). It starts the requests the first page needs (the
// texts; for a family page its case file and the municipalities) while the
// bundle of the shell (app.bundle.js) is still being loaded, compiled and run; the shell takes
// their answers (lib/first.js) instead of asking again. One wave of requests instead of three. It
// asks exactly as lib/api.js does, so a session that ended gets the same plain 401. The user, the
// language and the extensions are in the page already (the server's `steunpunt-first`), so they are
// answers at once; without them (an older page) they are asked for too.
import { inPage } from './lib/in-page.js';
import { initialLocale } from './lib/locale.js';
import { ME, extensionsPath, pagePaths, shellPaths } from './lib/paths.js';

const json = (body) =>
  Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));

const started = new Map();
function start(path, known) {
  const response = known
    ? json(known)
    : fetch(path, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-Steunpunt-Shell': '1' },
      });
  response.catch(() => {}); // the shell sees a failure when it takes the answer
  started.set(path, response);
}

// The page's own requests first: they do not depend on the language.
for (const path of pagePaths(window.location.hash)) start(path, null);
const root = new URL('./', document.currentScript.src);
const first = inPage();
const lang = initialLocale(); // the server's choice in the page (lib/locale.js)
// The extensions in the page are titled in the page's language: answers only for that language.
const known = new Map();
if (first?.me) known.set(ME, first.me);
if (first?.extensions && first.lang === lang) known.set(extensionsPath(lang), first.extensions);
for (const path of shellPaths(root, lang)) start(path, known.get(path));

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

// The staff UI shell's entry point: who is logged in, texts, extensions, then the router.
import { api, ApiError, setCsrfToken } from './lib/api.js';
import { h, replace } from './lib/dom.js';
import { onExtensionsChange, refreshExtensions, setUser, watchExtensions } from './lib/extensions.js';
import { endFirst } from './lib/first.js';
import { initI18n, onLocaleChange, t } from './lib/i18n.js';
import { initialLocale } from './lib/locale.js';
import { ME } from './lib/paths.js';
import { announceError } from './lib/status.js';
import { renderHeader } from './shell/header.js';
import { renderNav } from './shell/nav.js';
import { startRouter } from './shell/router.js';
// The shell's own views and pages: they define their elements on import. The pages are
// extensions too (CorePages on the server), whose module is this one's bundle: one file for all.
import './pages/home.js';
import './family/family-page.js';
import './pages/intake.js';
import './report/report-page.js';
import './pages/families.js';
import './pages/tasks.js';
import './pages/reports.js';
import './pages/received-reports.js';
import './pages/audit.js';
import './pages/break-glass.js';
import './pages/access-report.js';

// The folder of this module (app.js, or the bundle built from it): the texts are in its i18n/.
const ROOT = new URL('./', import.meta.url);

const header = document.getElementById('sp-header');
const nav = document.getElementById('sp-nav');
const main = document.getElementById('sp-main');
const skip = document.getElementById('sp-skip');

function renderStatic() {
  skip.textContent = t('app.skipToContent');
  header.setAttribute('aria-label', t('app.name'));
  renderHeader(header);
  renderNav(nav);
}

// The skip link must not change the hash (that is the route): it only moves focus.
skip.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

async function start() {
  // The texts, the user and the extensions are asked for at once: one wait, not three. The boot
  // script has started them already, with the first page's own (lib/first.js).
  const extensions = refreshExtensions(initialLocale());
  extensions.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  let me;
  try {
    [me] = await Promise.all([api(ME), initI18n(ROOT)]);
  } catch (error) {
    endFirst();
    if (!(error instanceof ApiError && error.status === 401)) {
      replace(main, h('h1', {}, t('app.name')), h('p', { class: 'inline-error', role: 'alert' }, t('error.start')));
    }
    return;
  }
  setCsrfToken(me.csrfToken);
  setUser(me);
  renderStatic();
  onLocaleChange(renderStatic);
  onExtensionsChange(() => renderNav(nav));
  try {
    await extensions;
  } catch (error) {
    console.error(error);
    announceError(t('extension.listFailed'));
  }
  startRouter(main, nav);
  // The first page has asked for what it needs (its element renders when it is connected).
  endFirst();
  // The stream of extension changes once the first page has what it needs: it holds one of the
  // browser's six connections to the server for good. Nothing is missed meanwhile: its first event
  // names the extensions' version, and a list older than that is asked for again.
  whenIdle(watchExtensions);
}

function whenIdle(task) {
  if (window.requestIdleCallback) window.requestIdleCallback(task, { timeout: 2000 });
  else window.setTimeout(task, 500);
}

start();

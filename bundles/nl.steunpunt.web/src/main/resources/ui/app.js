// The staff UI shell's entry point: who is logged in, texts, extensions, then the router.
import { api, ApiError, setCsrfToken } from './lib/api.js';
import { h, replace } from './lib/dom.js';
import { onExtensionsChange, refreshExtensions, setUser, watchExtensions } from './lib/extensions.js';
import { initI18n, onLocaleChange, t } from './lib/i18n.js';
import { announceError } from './lib/status.js';
import { renderHeader } from './shell/header.js';
import { renderNav } from './shell/nav.js';
import { startRouter } from './shell/router.js';
// The shell's own views (not extensions): they define their elements on import.
import './pages/home.js';
import './family/family-page.js';
import './pages/intake.js';
import './report/report-page.js';

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
  await initI18n();
  let me;
  try {
    me = await api('/api/v1/me');
  } catch (error) {
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
    await refreshExtensions();
  } catch (error) {
    console.error(error);
    announceError(t('extension.listFailed'));
  }
  watchExtensions();
  startRouter(main, nav);
}

start();

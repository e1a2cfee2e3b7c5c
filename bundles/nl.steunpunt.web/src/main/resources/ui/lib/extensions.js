// The UI extension registry: what the server says the user may see, kept up to date through
// server-sent events, and the one place that loads extension modules and mounts their elements.

import { api, apiFetch, loginIfSessionEnded } from './api.js';
import { h } from './dom.js';
import { getLocale, onLocaleChange, t } from './i18n.js';
import { extensionsPath } from './paths.js';

const ELEMENT_NAME = /^[a-z][a-z0-9]*-[a-z0-9-]*$/;

let current = { version: null, items: [] };
let user = null;
let requestCount = 0;
const listeners = new Set();
const modules = new Map(); // module URL -> import promise, so each module loads once
const elementModules = new Map(); // element name -> the module URL that defines it in this page
// { ref, scope } of every element the shell created; weak, so dropped pages can be collected.
const mounted = new Set();

export function setUser(me) {
  user = Object.freeze({ user: me.user, roles: Object.freeze([...me.roles]), organisation: me.organisation });
}

export function getUser() {
  return user;
}

export function hasRole(...roles) {
  return Boolean(user) && roles.some((role) => user.roles.includes(role));
}

/** The extensions of one slot, in their order. */
export function extensionsFor(slot) {
  return current.items
    .filter((item) => item.slot === slot)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || String(a.id).localeCompare(String(b.id)));
}

export function findExtension(slot, id) {
  return extensionsFor(slot).find((item) => item.id === id) ?? null;
}

/** Calls `listener()` after every change of the list; returns the unsubscribe function. */
export function onExtensionsChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks for the list again; `lang` chooses the titles' language (the user's, by default). */
export async function refreshExtensions(lang = getLocale()) {
  requestCount += 1;
  const mine = requestCount;
  const data = await api(extensionsPath(lang));
  if (mine !== requestCount) return; // a newer refresh is on its way; its answer wins
  current = { version: data.version, items: Array.isArray(data.items) ? data.items : [] };
  for (const listener of listeners) listener();
}

/**
 * Follows the server's `extensions` events; EventSource reconnects by itself. An event without a
 * version says another node's extensions changed: ask again.
 */
export function watchExtensions() {
  const source = new EventSource('/api/v1/ui/events', { withCredentials: true });
  source.addEventListener('extensions', (event) => {
    let version = null;
    try {
      version = JSON.parse(event.data).version ?? null;
    } catch {
      // a malformed event still means "something changed"
    }
    if (version === null || version !== current.version) {
      refreshExtensions().catch((error) => console.error('extensions refresh failed', error));
    }
  });
  return source;
}

/** The title in the user's language, falling back to the one the server chose. */
export function titleOf(item) {
  return item.titles?.[getLocale()] || item.title || item.id;
}

/** A stable key: an extension whose key is unchanged need not be mounted again. */
export function keyOf(item) {
  return `${item.id}|${item.module}|${item.element}|${item.bundle?.symbolicName}|${item.bundle?.version}|${item.bundle?.revision ?? ''}`;
}

/**
 * The module's URL for this revision of its bundle: an updated plugin (a rebuilt SNAPSHOT in the
 * dev loop keeps its version) gives a new URL, so the browser loads the new code, not the module
 * it already holds. Plugins only (their modules lie under /plugins/): the shell's own pages are in
 * the bundle the page already loaded, which must not be loaded a second time.
 */
function moduleUrl(item) {
  const url = new URL(item.module, window.location.origin);
  if (item.bundle?.revision && url.pathname.startsWith('/plugins/')) {
    url.searchParams.set('r', String(item.bundle.revision));
  }
  return url.href;
}

function navigate(hash) {
  const target = String(hash);
  if (!target.startsWith('#/') && !target.startsWith('/'))
    throw new TypeError('navigate takes a hash such as #/families');
  window.location.hash = target.startsWith('#') ? target : `#${target}`;
}

/** The `context` object extensions (and the shell's own views) get; scope = { familyId, reportId }. */
export function contextFor(scope = {}) {
  return Object.freeze({
    familyId: scope.familyId ?? null,
    reportId: scope.reportId ?? null,
    locale: getLocale(),
    fetch: (path, init) => apiFetch(path, init),
    navigate,
    user,
  });
}

// A bundle's extension can be announced a moment before the HTTP whiteboard serves its module (the
// two registrations are independent), so a failed import is tried again a few times. The browser
// remembers a failed module URL for the page's life, hence the query that makes each try new.
const RETRIES_MS = [250, 500, 1000, 2000, 4000];

async function importWithRetries(href) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const url = new URL(href);
      if (attempt > 0) url.searchParams.set('attempt', String(attempt));
      return await import(url.href);
    } catch (error) {
      // An ended session refuses the module too: log in again rather than try again.
      if (attempt === 0 && (await loginIfSessionEnded())) throw error;
      if (attempt >= RETRIES_MS.length) throw error;
      await new Promise((resolve) => {
        window.setTimeout(resolve, RETRIES_MS[attempt]);
      });
    }
  }
}

function loadModule(moduleUrl) {
  const url = new URL(moduleUrl, window.location.origin);
  if (url.origin !== window.location.origin) return Promise.reject(new Error('module is not same-origin'));
  if (!modules.has(url.href)) {
    const loading = importWithRetries(url.href);
    loading.catch(() => modules.delete(url.href)); // a later mount may try again
    modules.set(url.href, loading);
  }
  return modules.get(url.href);
}

async function defined(name) {
  if (customElements.get(name)) return;
  // A module may define its element a moment after it evaluates; do not wait for ever.
  await Promise.race([
    customElements.whenDefined(name),
    new Promise((resolve, reject) => {
      window.setTimeout(() => reject(new Error(`element ${name} is not defined`)), 3000);
    }),
  ]);
}

/**
 * Returns a container that will hold the extension's element, or an inline error if its module
 * fails; the failure stays inside the container. `scope` = { familyId, reportId }.
 */
export function mountExtension(item, scope = {}) {
  const container = h(
    'div',
    { class: 'extension', dataset: { extension: item.id }, 'aria-busy': 'true' },
    h('p', { class: 'muted', text: t('common.loading') }),
  );
  const fail = (error) => {
    console.error(`extension ${item.id} failed`, error);
    container.replaceChildren(
      h(
        'p',
        { class: 'inline-error', role: 'alert', testid: 'extension-error' },
        t('extension.failed', { title: titleOf(item) }),
      ),
    );
    container.removeAttribute('aria-busy');
  };
  if (typeof item.element !== 'string' || !ELEMENT_NAME.test(item.element)) {
    fail(new Error('invalid element name'));
    return container;
  }
  const href = moduleUrl(item);
  const definedBy = elementModules.get(item.element);
  if (definedBy && definedBy !== href && customElements.get(item.element)) {
    // Its bundle was updated while this page shows it. A custom element cannot be defined twice,
    // so only a fresh page runs the new code: load it (the shell comes back where it was).
    window.location.reload();
    return container;
  }
  elementModules.set(item.element, href);
  loadModule(href)
    .then(() => defined(item.element))
    .then(() => {
      const element = document.createElement(item.element);
      element.context = contextFor(scope);
      mounted.add({ ref: new WeakRef(element), scope });
      container.replaceChildren(element);
      container.removeAttribute('aria-busy');
    })
    .catch(fail);
  return container;
}

// A new locale gives every mounted element a new context object.
onLocaleChange(() => {
  for (const entry of mounted) {
    const element = entry.ref.deref();
    if (element) element.context = contextFor(entry.scope);
    else mounted.delete(entry);
  }
});

// Base class of the shell's own page elements. They follow the same contract as partner
// extensions: the shell sets `context`, and a new context (e.g. another locale) renders again.

import { ApiError } from './api.js';
import { h, replace } from './dom.js';
import { onExtensionsChange } from './extensions.js';
import { t } from './i18n.js';

export class ShellElement extends HTMLElement {
  #context = null;
  #controller = null;
  #unsubscribe = null;

  set context(value) {
    this.#context = value;
    if (this.isConnected) this.refresh();
  }

  get context() {
    return this.#context;
  }

  connectedCallback() {
    // Pages that show extensions (tabs, cards, report actions) follow bundles coming and going.
    if (this.extensionsChanged !== ShellElement.prototype.extensionsChanged) {
      this.#unsubscribe = onExtensionsChange(() => this.extensionsChanged());
    }
    if (this.#context) this.refresh();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#controller?.abort();
  }

  /** Called when the extensions the user may see changed; override to show the new ones. */
  extensionsChanged() {}

  /** Renders again, cancelling the loads of the previous rendering. */
  refresh() {
    this.#controller?.abort();
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    Promise.resolve(this.render(signal)).catch((error) => {
      if (signal.aborted || error?.name === 'AbortError') return;
      if (!(error instanceof ApiError)) console.error(error); // a refusal is shown, not a bug
      // Nav pages get their h1 from the shell; the shell's own views need one here.
      replace(
        this,
        this.closest('main')?.querySelector('h1') ? null : h('h1', { tabindex: '-1' }, t('error.title')),
        errorMessage(error),
      );
    });
  }

  /** Subclasses build their content here; `signal` aborts when a newer rendering starts. */
  render() {}
}

/** A short, user-facing message for a failure, using the problem's detail when there is one. */
export function errorText(error) {
  if (error instanceof ApiError) {
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 404) return t('error.notFound');
    if (error.status === 503) return t('error.unavailable');
    return error.problem?.detail || error.problem?.title || t('error.generic');
  }
  return t('error.generic');
}

export function errorMessage(error) {
  return h('p', { class: 'inline-error', role: 'alert' }, errorText(error));
}

export function loading() {
  return h('p', { class: 'muted', role: 'status' }, t('common.loading'));
}

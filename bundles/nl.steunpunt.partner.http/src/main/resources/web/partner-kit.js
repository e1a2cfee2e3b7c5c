// partner-kit.js: what the reference partners' pages share (DOM helpers, calls with RFC 9457
// problems, dates, forms, tables, a page element, a partner's own records). Each partner bundle
// copies this file into its own web/ folder at build time, so its page imports it relatively
// ('./partner-kit.js') from its own bundle. The texts stay in the pages, in nl and en.
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.

/** An element with text (never HTML) and attributes. */
export function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text; // text, never HTML
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** A failed call, with the server's problem (detail and field errors) when it sent one. */
export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/**
 * The calls of one partner's endpoints: call(ctx, path, init) fetches base + path through the
 * shell's ctx.fetch, answers the JSON body (null for 204) and throws a Problem otherwise.
 */
export function api(base) {
  return async (ctx, path, init = {}) => {
    const response = await ctx.fetch(base + path, init);
    if (!response.ok) {
      let body = null;
      if ((response.headers.get('Content-Type') || '').includes('json')) {
        try {
          body = await response.json();
        } catch {
          body = null;
        }
      }
      throw new Problem(response.status, body);
    }
    return response.status === 204 ? null : response.json();
  };
}

/** An alert with the problem's detail and its field errors, never anything else of the error. */
export function problemNode(t, error) {
  const box = el('div', undefined, { role: 'alert', class: 'inline-error' });
  box.append(el('p', error instanceof Problem && error.body?.detail ? error.body.detail : t.failed));
  const errors = error instanceof Problem && Array.isArray(error.body?.errors) ? error.body.errors : [];
  if (errors.length) {
    const list = el('ul');
    for (const e of errors) list.append(el('li', `${e.field}: ${e.message}`));
    box.append(list);
  }
  return box;
}

/** A date (yyyy-mm-dd) or instant in the user's language, or a dash. */
export function formatDate(locale, iso) {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

/** A labelled control, with an optional hint that describes it. */
export function field(label, control, hint) {
  const id = `pk-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  const wrap = el('div', undefined, { class: 'field' });
  wrap.append(el('label', label, { for: id }), control);
  if (hint) {
    const p = el('p', hint, { class: 'hint', id: `${id}-hint` });
    control.setAttribute('aria-describedby', p.id);
    wrap.append(p);
  }
  return wrap;
}

/** A table as the shell draws them: caption, column headers, the given rows. */
export function table(caption, headers, rows) {
  const wrap = el('div', undefined, { class: 'table-wrap' });
  const t = el('table');
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) head.append(el('th', h, { scope: 'col' }));
  t.appendChild(el('thead')).append(head);
  const body = t.appendChild(el('tbody'));
  for (const row of rows) body.append(row);
  wrap.append(t);
  return wrap;
}

/**
 * A page or card element of the shell. The shell sets `context` before insertion and again (a new
 * object) on a language switch; each time the element shows its loading text and calls
 * draw(ctx, t, current, message), with t the subclass's static `texts` in the user's language.
 * draw draws only while current() (a newer render has not started); a thrown error shows as a
 * problem.
 */
export class PartnerElement extends HTMLElement {
  #context = null;
  #run = 0;

  set context(value) {
    this.#context = value;
    this.render();
  }

  get context() {
    return this.#context;
  }

  async render(message) {
    const ctx = this.#context;
    if (!ctx) return;
    const run = ++this.#run;
    const texts = this.constructor.texts;
    const t = texts[ctx.locale] ?? texts.nl;
    const current = () => run === this.#run;
    this.replaceChildren(el('p', t.loading, { role: 'status' }));
    try {
      await this.draw(ctx, t, current, message);
    } catch (error) {
      if (current()) this.replaceChildren(problemNode(t, error));
    }
  }
}

/** Defines a custom element once: the shell imports a module once, but be safe if a page loads it twice. */
export function define(name, type) {
  if (!customElements.get(name)) customElements.define(name, type);
}

/**
 * A partner's own records about one subject: the list with edit and delete, and a form to record
 * (or change) one, with optimistic versions (If-Match). The spec says what differs:
 * heading, empty (texts), path (the subject's records: GET and POST), recordPath(id) (PUT and
 * DELETE), meta(document) and text(document) (a record's two lines), and form(), which answers
 * { fields, fill(document or null), value(), focus } for a fresh form.
 */
export class RecordList {
  constructor(ctx, t, call, spec) {
    this.ctx = ctx;
    this.t = t;
    this.call = call;
    this.spec = spec;
    this.node = el('section', undefined, { class: 'card stack' });
    this.status = el('p', '', { role: 'status', class: 'muted' });
    this.editing = null;
  }

  /** Loads the records into the container and moves the focus to their heading. */
  async showIn(container) {
    const node = await this.load();
    container.replaceChildren(node);
    node.querySelector('h3')?.focus();
  }

  heading() {
    return el('h3', this.spec.heading, { tabindex: '-1' });
  }

  async load() {
    this.node.replaceChildren(this.heading(), el('p', this.t.loading, { class: 'muted' }));
    try {
      const list = await this.call(this.ctx, this.spec.path);
      this.draw(list.items);
    } catch (error) {
      this.node.replaceChildren(this.heading(), problemNode(this.t, error));
    }
    return this.node;
  }

  draw(items) {
    const { t, spec } = this;
    const list = items.length === 0 ? el('p', spec.empty, { class: 'muted' }) : el('ul', undefined, { class: 'stack' });
    for (const record of items) {
      const item = el('li', undefined, { class: 'note' });
      item.append(
        el('p', spec.meta(record.document), { class: 'note-meta' }),
        el('p', spec.text(record.document), { class: 'note-text' }),
      );
      const buttons = el('div', undefined, { class: 'button-row' });
      const edit = el('button', t.edit, { type: 'button', class: 'secondary' });
      edit.addEventListener('click', () => this.fill(record));
      const remove = el('button', t.remove, { type: 'button', class: 'secondary' });
      remove.addEventListener('click', () => this.remove(record, remove));
      buttons.append(edit, remove);
      item.append(buttons);
      list.append(item);
    }
    this.alert = el('div');
    this.form = spec.form();
    this.submit = el('button', t.save, { type: 'submit' });
    this.cancel = el('button', t.cancel, { type: 'button', class: 'secondary' });
    this.cancel.hidden = true;
    this.cancel.addEventListener('click', () => this.fill(null));
    const buttons = el('div', undefined, { class: 'button-row' });
    buttons.append(this.submit, this.cancel);
    const form = el('form', undefined, { class: 'stack' });
    form.append(...this.form.fields, buttons);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.node.replaceChildren(this.heading(), list, this.alert, form, this.status);
  }

  fill(record) {
    this.editing = record;
    this.form.fill(record ? record.document : null);
    this.submit.textContent = record ? this.t.update : this.t.save;
    this.cancel.hidden = !record;
    this.form.focus.focus();
  }

  async save() {
    const body = JSON.stringify(this.form.value());
    this.submit.disabled = true;
    this.alert.replaceChildren();
    try {
      if (this.editing) {
        await this.call(this.ctx, this.spec.recordPath(this.editing.id), {
          method: 'PUT',
          body,
          headers: { 'If-Match': `"${this.editing.version}"` },
        });
      } else {
        await this.call(this.ctx, this.spec.path, { method: 'POST', body });
      }
      await this.load();
      this.status.textContent = this.t.saved;
    } catch (error) {
      this.alert.replaceChildren(problemNode(this.t, error));
      this.submit.disabled = false;
    }
  }

  async remove(record, button) {
    button.disabled = true;
    try {
      await this.call(this.ctx, this.spec.recordPath(record.id), {
        method: 'DELETE',
        headers: { 'If-Match': `"${record.version}"` },
      });
      await this.load();
      this.status.textContent = this.t.removed;
    } catch (error) {
      this.alert.replaceChildren(problemNode(this.t, error));
      button.disabled = false;
    }
  }
}

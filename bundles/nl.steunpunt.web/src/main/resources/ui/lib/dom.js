// DOM building without HTML strings: every text goes through createTextNode, so data from the
// API can never become markup (no innerHTML anywhere in the shell).

const BOOLEAN_ATTRS = new Set([
  'hidden',
  'disabled',
  'required',
  'checked',
  'selected',
  'open',
  'multiple',
  'readonly',
]);

/**
 * Creates an element. `attrs` keys: `class`, `text`, `testid`, `on<Event>` (listener functions,
 * never strings), `dataset` (object), `aria-*`/other attributes; boolean attributes by value.
 * Children may be nodes, strings, numbers, null/false (skipped) or arrays of those.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') el.textContent = String(value);
    else if (key === 'testid') el.dataset.testid = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value')
      continue; // set after the children, so a <select> has its options
    else if (BOOLEAN_ATTRS.has(key)) el.toggleAttribute(key, Boolean(value));
    else if (key.startsWith('on')) throw new Error('event handler attributes are not allowed');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  if (attrs?.value !== undefined && attrs?.value !== null) el.value = attrs.value;
  return el;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let idCounter = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix = 'sp') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

// The one way the shell (and, through context.fetch, every extension) talks to the server.
import { takeFirst } from './first.js';

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

/** An API answer that was not 2xx; `problem` is the RFC 9457 body when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Same-origin paths only: an extension must not be able to send the CSRF token elsewhere. */
export function sameOriginUrl(path) {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
    throw new TypeError('only same-origin paths such as /api/v1/... are allowed');
  }
  const url = new URL(path, window.location.origin);
  if (url.origin !== window.location.origin) throw new TypeError('only same-origin paths are allowed');
  return url;
}

const PLAIN = new Set(['method', 'headers', 'body', 'signal']);

/**
 * The answer the boot script is already getting for this request, or null (lib/first.js): only
 * for a plain GET, one that asks for nothing the boot script's request did not.
 */
function first(url, method, headers, init) {
  const plain =
    method === 'GET' &&
    (init.body === undefined || init.body === null) &&
    [...headers.keys()].length === 0 &&
    Object.keys(init).every((key) => PLAIN.has(key));
  if (!plain) return null;
  const response = takeFirst(url.pathname + url.search);
  if (!response || !init.signal) return response;
  // Its fetch was started without this signal: an abort must still end the wait.
  const { signal } = init;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject);
  });
}

/** fetch with credentials, JSON headers and the CSRF token on every non-GET request. */
export function apiFetch(path, init = {}) {
  const url = sameOriginUrl(path);
  const method = (init.method || 'GET').toUpperCase();
  const headers = new Headers(init.headers || {});
  const early = first(url, method, headers, init);
  if (early) return early;
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  // Names the shell, so that the server never answers with an HTTP Basic challenge (the browser's
  // own password prompt would keep its credentials ahead of the session).
  headers.set('X-Steunpunt-Shell', '1');
  if (init.body !== undefined && init.body !== null && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return fetch(url, { ...init, method, headers, credentials: 'same-origin' });
}

/** The login page, and back to this page of the shell after it. */
export function loginUrl() {
  const here = window.location.pathname + window.location.search + window.location.hash;
  return here.startsWith('/ui/') ? `/login?return=${encodeURIComponent(here)}` : '/login';
}

/** Session gone (idle time-out, or ended elsewhere): log in again, then back here. */
function toLogin() {
  window.location.assign(loginUrl());
}

/**
 * After a failed load (a page's module, which the browser fetches itself): when the cause is that
 * the session ended, go to the login page and say so.
 */
export async function loginIfSessionEnded() {
  try {
    const response = await apiFetch('/api/v1/me');
    if (response.status === 401) {
      toLogin();
      return true;
    }
  } catch {
    // No answer at all: not a matter of the session.
  }
  return false;
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Sends a JSON request and returns the parsed body (or null for an empty one). Throws ApiError.
 * `version` sets If-Match to the record's ETag.
 */
export async function api(path, { method = 'GET', body, version, signal } = {}) {
  const headers = {};
  if (version !== undefined && version !== null) headers['If-Match'] = `"${version}"`;
  const response = await apiFetch(path, {
    method,
    headers,
    signal,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    toLogin();
    throw new ApiError(401, null);
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Like api(), but a 403 or 404 (a part the user may not have) gives null instead of throwing. */
export async function optional(path, options) {
  try {
    return await api(path, options);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

/** Builds `path?k=v&…`, leaving out empty values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function logout() {
  try {
    await apiFetch('/logout', { method: 'POST' });
  } finally {
    window.location.assign('/login');
  }
}

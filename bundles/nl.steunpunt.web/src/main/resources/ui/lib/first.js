// The answers to the first requests the boot script (boot.js) started while this bundle was still
// loading. Each is taken once, and only while the shell starts: later requests always go to the
// server, so no page ever shows an answer older than itself.

const started = typeof window === 'undefined' ? null : (window.steunpuntFirstRequests ?? null);
let open = true;

/** The response promise for the GET of `path` (path and query) the boot script started, or null. */
export function takeFirst(path) {
  return open && started ? started.take(path) : null;
}

/** The shell has made its first page's requests: what is left is not used. */
export function endFirst() {
  open = false;
  started?.clear();
}

// The shell's routes that more than the router needs to read.

const FAMILY = /^#\/families\/([^/]+)(?:\/([a-z0-9-]+))?$/;

/** `{ familyId, tab }` when `hash` is a family page (#/families/<id>[/<tab>]), else null. */
export function familyRoute(hash) {
  if (hash === '#/families/new') return null; // the intake
  const match = FAMILY.exec(hash);
  if (!match) return null;
  try {
    return { familyId: decodeURIComponent(match[1]), tab: match[2] ?? null };
  } catch {
    return null; // a malformed escape: not a page
  }
}

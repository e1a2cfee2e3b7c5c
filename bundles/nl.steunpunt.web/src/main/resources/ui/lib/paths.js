// The addresses of the shell's first requests, in one place: the boot script (boot.js) starts
// them before the bundle runs and the shell takes their answers by the same addresses (first.js).
// An address that differed would only be asked for twice. No imports but routes: boot.js is kept
// small.
import { familyRoute } from '../shell/routes.js';

export const ME = '/api/v1/me';
export const MUNICIPALITIES = '/api/v1/municipalities';

export function extensionsPath(lang) {
  return `/api/v1/ui/extensions?lang=${lang}`;
}

/** The texts of a language: `i18n/<lang>.json` in `root`, the folder of the shell's module. */
export function textsPath(root, lang) {
  return new URL(`i18n/${lang}.json`, root).pathname;
}

/**
 * What the family page asks for first: its case file (the family, its members and its trajectory
 * in one request and one transaction on the server).
 */
export function familyPaths(familyId) {
  return { caseFile: `/api/v1/families/${encodeURIComponent(familyId)}/case-file` };
}

/**
 * The GET requests the page at `hash` needs before it can show anything, besides the shell's own
 * (shellPaths): for a family page its first data. Known from the address alone, so they can start
 * before the shell's code has run.
 */
export function pagePaths(hash) {
  const family = familyRoute(hash);
  if (!family) return [];
  return [familyPaths(family.familyId).caseFile, MUNICIPALITIES];
}

/** What every page of the shell needs first: the user, the extensions and the texts. */
export function shellPaths(root, lang) {
  return [ME, extensionsPath(lang), textsPath(root, lang)];
}

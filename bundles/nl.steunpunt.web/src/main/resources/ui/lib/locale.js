// The user's language before any text is loaded. Its own module, so that the boot script (boot.js)
// can choose the same texts as the shell without the rest of lib/i18n.js.
//
// The choice made in this browser is a cookie (LANGUAGE_COOKIE), which the server reads as it
// sends the shell's page: it puts the language in the page (`steunpunt-first`), with the
// extensions' titles in that language. No read of the browser's storage is on the way to a page
// (the first read of a new browser profile blocks the page for 20-30 ms on this project's test
// machine).

import { inPage } from './in-page.js';

export const LANGUAGES = ['nl', 'en'];
export const LANGUAGE_COOKIE = 'steunpunt_lang';

/** The page's language (the user's choice, else the browser's), else the browser's own. */
export function initialLocale() {
  const chosen = inPage()?.lang;
  if (LANGUAGES.includes(chosen)) return chosen;
  const browser = (navigator.language || '').slice(0, 2).toLowerCase();
  return LANGUAGES.includes(browser) ? browser : 'nl';
}

/** Keeps the user's choice in this browser for a year (not a secret: readable by the server). */
export function rememberLocale(lang) {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

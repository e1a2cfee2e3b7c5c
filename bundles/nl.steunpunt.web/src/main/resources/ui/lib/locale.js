// The user's language before any text is loaded: the one they chose in this browser, else the
// browser's own if the shell has it. Its own module, so that the boot script (boot.js) can choose
// the same texts as the shell without the rest of lib/i18n.js.

export const LANGUAGES = ['nl', 'en'];
export const STORAGE_KEY = 'steunpunt.lang';

export function initialLocale() {
  let stored = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage may be disabled; the default below is fine
  }
  if (LANGUAGES.includes(stored)) return stored;
  const browser = (navigator.language || '').slice(0, 2).toLowerCase();
  return LANGUAGES.includes(browser) ? browser : 'nl';
}

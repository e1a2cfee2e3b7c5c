// Texts, locale and formatting. Every visible string of the shell is a key in i18n/<lang>.json.
import { takeFirst } from './first.js';
import { inPage } from './in-page.js';
import { LANGUAGES, initialLocale, rememberLocale } from './locale.js';
import { textsPath } from './paths.js';

const INTL_TAG = { nl: 'nl-NL', en: 'en-GB' };

let locale = 'nl';
let dictionary = {};
let texts = null; // the URL of the folder of the shell's module, whose i18n/ holds the texts
const listeners = new Set();

async function load(lang) {
  const url = textsPath(texts, lang);
  // The first page's texts may be on their way already (boot.js).
  const response = await (takeFirst(url) ??
    fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    }));
  if (!response.ok) throw new Error(`cannot load texts for ${lang}`);
  return response.json();
}

/**
 * Loads the texts of the user's language from `root`/i18n/: the folder of the shell's module,
 * versioned like it (the module is bundled at build time, so this module cannot find it itself).
 */
export async function initI18n(root) {
  texts = root;
  await setLocale(initialLocale(), { remember: false });
}

export async function setLocale(lang, { remember = true } = {}) {
  if (!LANGUAGES.includes(lang)) return;
  dictionary = await load(lang);
  locale = lang;
  document.documentElement.lang = lang;
  if (remember) rememberLocale(lang);
  for (const listener of listeners) listener(lang);
}

export function getLocale() {
  return locale;
}

export function languages() {
  return LANGUAGES;
}

/** Calls `listener(lang)` after every switch; returns the unsubscribe function. */
export function onLocaleChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text for `key`, with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = dictionary[key];
  if (typeof text !== 'string') {
    console.warn(`missing text: ${key}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** An API enum value in words, e.g. tEnum('phase', 'SUPPORT'); unknown values show as they are. */
export function tEnum(type, value) {
  if (value === null || value === undefined) return '';
  const key = `enum.${type}.${value}`;
  return key in dictionary ? dictionary[key] : String(value);
}

let numbers = null; // { locale, format }: made once a locale, when first needed

const two = (n) => String(n).padStart(2, '0');

/**
 * A date as the texts write it (`date.medium`: "6 dec 2026", "6 Dec 2026"), from its day, month
 * (0-11) and year. Not with Intl.DateTimeFormat: the first one a page makes loads the browser's
 * date patterns, 20-40 ms in a new page on this project's test machine, and the family page's header
 * shows a date in its first paint.
 */
function dateText(day, month, year) {
  return t('date.medium', { day, month: t(`month.${month + 1}`), year });
}

/** An instant (ISO date-time) as date and time in the user's locale and time zone. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return t('date.dateTime', {
    date: dateText(date.getDate(), date.getMonth(), date.getFullYear()),
    time: `${two(date.getHours())}:${two(date.getMinutes())}`,
  });
}

/** A plain calendar date, ISO: yyyy-mm-dd. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (ISO yyyy-mm-dd, or an instant) as a date in the user's locale. */
export function formatDate(iso) {
  if (!iso) return '';
  // A plain date has no time zone: it is that day wherever the browser is.
  const plain = ISO_DATE.exec(iso);
  if (plain) return dateText(Number(plain[3]), Number(plain[2]) - 1, Number(plain[1]));
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return dateText(date.getDate(), date.getMonth(), date.getFullYear());
}

// Made when first needed, and only where the page has no day from the server (see centreDate): a
// formatter with a time zone loads the browser's time zone data.
let centreDates = null;

/**
 * The date (yyyy-mm-dd) in the Netherlands `days` after today: the platform's calendar, by which the
 * rules set due dates; a browser elsewhere (or in UTC, just after midnight there) would be a day off.
 * The server names today in the shell's page (`centreDay`: its date and the instants it begins and
 * ends); while it lasts the days are counted from it. The first date formatter with a time zone
 * costs a new page 40-60 ms (docs/benchmarks.md), so the browser's time zone data is used only after
 * that day (a page left open overnight) or without it.
 */
export function centreDate(days = 0) {
  const day = inPage()?.centreDay;
  const now = Date.now();
  let today = day && now >= day.from && now < day.until ? ISO_DATE.exec(day.date) : null;
  if (!today) {
    centreDates ??= new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    today = ISO_DATE.exec(centreDates.format(new Date(now)));
  }
  const [, year, month, date] = today.map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * A number in the user's locale. A whole number (every number the shell shows: counts and totals)
 * with its thousands grouped as the texts say (`number.group`: 1.234, 1,234); any other by the
 * browser's Intl.NumberFormat. The first Intl formatter a page makes loads the browser's locale
 * data: 40-60 ms on the home page, which shows a count in its first paint (docs/benchmarks.md).
 */
export function formatNumber(value) {
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, t('number.group'));
    return value < 0 ? `-${digits}` : digits;
  }
  if (numbers?.locale !== locale) numbers = { locale, format: new Intl.NumberFormat(INTL_TAG[locale]) };
  return numbers.format.format(value);
}

let displayNames = null; // { locale, names }: the browser's names of languages, made once a locale

/**
 * A language's name from the texts (`language.<code>`: the languages families here speak most),
 * else the browser's. The browser's are a last resort: its first Intl.DisplayNames loads language
 * data that took 50-80 ms in a new page on this project's test machine, on the way to the family
 * page's first paint.
 */
function languageName(code) {
  const text = dictionary[`language.${code}`];
  if (typeof text === 'string') return text;
  if (displayNames?.locale !== locale) {
    let names = null;
    try {
      names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'language' });
    } catch {
      // no names from the browser: the code stands for itself
    }
    displayNames = { locale, names };
  }
  try {
    return displayNames.names?.of(code) || code;
  } catch {
    return code; // not a well-formed code
  }
}

/** Language codes (ISO 639) as language names in the user's locale. */
export function formatLanguages(codes) {
  if (!codes || codes.length === 0) return '';
  return codes.map(languageName).join(', ');
}

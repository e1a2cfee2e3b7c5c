#!/usr/bin/env node
// Checks the UI's texts and its CSP/XSS rules without a browser:
//   node bundles/nl.steunpunt.web/src/test/ui/check-ui.mjs   (run by the module's build at the test phase)
// - nl.json and en.json have the same keys, none empty;
// - every literal text key in the modules exists; every enum value of the OpenAPI document that
//   the UI shows has a translation;
// - no module uses innerHTML & co., eval, new Function, inline handlers or inline styles.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ui = join(dirname(fileURLToPath(import.meta.url)), '../../main/resources/ui');
const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });

const nl = JSON.parse(readFileSync(join(ui, 'i18n/nl.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(ui, 'i18n/en.json'), 'utf8'));
const onlyIn = (a, b) => Object.keys(a).filter((key) => !(key in b));
check(
  'nl and en have the same keys',
  onlyIn(nl, en).length === 0 && onlyIn(en, nl).length === 0,
  `only nl: ${onlyIn(nl, en).join(', ')}; only en: ${onlyIn(en, nl).join(', ')}`,
);
const empty = Object.entries({ ...nl, ...en })
  .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
  .map(([k]) => k);
check('no text is empty', empty.length === 0, empty.join(', '));
const placeholders = (text) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const mismatch = Object.keys(nl).filter((key) => key in en && placeholders(nl[key]) !== placeholders(en[key]));
check('placeholders are the same in both languages', mismatch.length === 0, mismatch.join(', '));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : files(path);
    return path.endsWith('.js') || path.endsWith('.html') ? [path] : [];
  });
}
const sources = files(ui).map((path) => ({ path: relative(ui, path), text: readFileSync(path, 'utf8') }));
const namespaces = new Set(Object.keys(nl).map((key) => key.split('.')[0]));
const missing = [];
const enumTypes = new Set();
for (const { path, text } of sources) {
  for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) if (!(m[1] in nl)) missing.push(`${path}: ${m[1]}`);
  // Keys chosen by a condition, such as t(ok ? 'a.b' : 'a.c'), are string literals too.
  for (const m of text.matchAll(/'([a-z][A-Za-z]*\.[A-Za-z.]+)'/g)) {
    if (namespaces.has(m[1].split('.')[0]) && !m[1].endsWith('.') && !(m[1] in nl) && !m[1].includes('.js'))
      missing.push(`${path}: ${m[1]}`);
  }
  for (const m of text.matchAll(/tEnum\(\s*'([^']+)'/g)) enumTypes.add(m[1]);
  for (const m of text.matchAll(/t\(`([a-z.]+)\$\{/g)) {
    if (!Object.keys(nl).some((key) => key.startsWith(m[1]))) missing.push(`${path}: ${m[1]}…`);
  }
}
check('every text key used exists', missing.length === 0, missing.join('; '));

const openapi = JSON.parse(readFileSync(join(ui, '../openapi/openapi.json'), 'utf8'));
const SCHEMA = {
  phase: 'Phase',
  whereabouts: 'Whereabouts',
  memberRole: 'MemberRole',
  familyStatus: 'FamilyStatus',
  expertise: 'Expertise',
  taskState: 'TaskState',
  noteCategory: 'NoteCategory',
  eventType: 'EventType',
  action: 'Action',
  category: 'DataCategory',
  purpose: 'Purpose',
  outcome: 'Outcome',
  reportReason: 'ReportReason',
  reportState: 'ReportState',
  reporter: 'Reporter',
  recipient: 'Recipient',
  background: 'Background',
  consentBy: 'ConsentBy',
  consentForm: 'ConsentForm',
};
const untranslated = [];
for (const type of enumTypes) {
  const schema = openapi.components.schemas[SCHEMA[type]];
  if (!schema) continue; // userRole: role names are not an OpenAPI enum
  for (const value of schema.enum) if (!(`enum.${type}.${value}` in nl)) untranslated.push(`${type}.${value}`);
}
check('every enum value shown is translated', untranslated.length === 0, untranslated.join(', '));
const roles = [
  'counsellor',
  'team-lead',
  'municipality-officer',
  'police-liaison',
  'therapist',
  'evaluator',
  'privacy-officer',
  'operator',
];
check(
  'every role name is translated',
  roles.every((role) => `enum.userRole.${role}` in nl),
);

const FORBIDDEN = [
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/, 'HTML from strings'],
  [/\beval\s*\(|new Function\s*\(/, 'eval or new Function'],
  [/javascript:/i, 'javascript: URL'],
  [/<style|\sstyle\s*=|\.style\.|setAttribute\(\s*'style'/, 'inline style'],
  [/\son[a-z]+\s*=\s*["']/, 'inline event handler attribute'],
  [/<script(?![^>]*\bsrc=)/, 'inline script'],
];
for (const [pattern, what] of FORBIDDEN) {
  const offenders = sources.filter(({ text }) => pattern.test(text)).map(({ path }) => path);
  check(`no ${what}`, offenders.length === 0, offenders.join(', '));
}

let failed = 0;
for (const { name, ok, detail } of results) {
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
}
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

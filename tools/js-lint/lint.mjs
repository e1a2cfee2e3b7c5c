// Checks (or, with `fix`, formats) the staff UI's and the partner pages' JavaScript: Prettier for
// the layout, ESLint for the code. One list of files for both tools, expanded by ESLint from the
// patterns below. The archetype's page is a Velocity template, not JavaScript: it is checked as a
// generated project has it, rendered under target/ (render-templates.mjs).
//
// Usage, from anywhere: node lint.mjs <check|fix> <repository root>
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { renderTemplates } from './render-templates.mjs';

const FIX_COMMAND = 'mvn -B -o -pl tools/js-lint test -Djs.lint=fix';

const PATTERNS = [
  // The staff UI (bundled by esbuild at build time), the partner bundles', the partner kit's and
  // the evaluation's pages.
  'bundles/*/src/main/resources/**/*.js',
  // The UI's text and CSP check.
  'bundles/nl.steunpunt.web/src/test/ui/*.mjs',
  // The UI extension the distribution's tests install.
  'karaf-distribution/src/test/resources/**/*.js',
  // This tool itself.
  'tools/js-lint/*.js',
  'tools/js-lint/*.mjs',
];

const here = path.dirname(fileURLToPath(import.meta.url));
const [mode, rootArgument] = process.argv.slice(2);
if (!['check', 'fix'].includes(mode) || !rootArgument) {
  console.error('Usage: node lint.mjs <check|fix> <repository root>');
  process.exit(2);
}
const root = path.resolve(rootArgument);
const fix = mode === 'fix';

const rendered = await renderTemplates(root, path.join(here, 'archetype'));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: path.join(here, 'eslint.config.js'),
  errorOnUnmatchedPattern: true,
  fix,
});
const results = await eslint.lintFiles([...PATTERNS, ...rendered.map((r) => r.output)]);
const templateOf = new Map(rendered.map((r) => [r.output, r.template]));
const shown = (file) => {
  const relative = path.relative(root, file);
  return templateOf.has(file) ? `${relative} (rendered from ${path.relative(root, templateOf.get(file))})` : relative;
};

const unformatted = [];
const templatesToFormatByHand = [];
const prettierConfig = await prettier.resolveConfig(path.join(here, 'lint.mjs'), {
  config: path.join(here, '.prettierrc.json'),
});
for (const { filePath } of results) {
  const source = await readFile(filePath, 'utf8');
  const options = { ...prettierConfig, filepath: filePath };
  if (await prettier.check(source, options)) continue;
  if (fix && !templateOf.has(filePath)) {
    await writeFile(filePath, await prettier.format(source, options));
  } else if (templateOf.has(filePath)) {
    templatesToFormatByHand.push(filePath);
  } else {
    unformatted.push(filePath);
  }
}
if (fix) await ESLint.outputFixes(results.filter((r) => !templateOf.has(r.filePath)));

const problems = results.filter((r) => r.errorCount + r.warningCount > 0);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(problems);
if (report) console.log(report.replaceAll(root + path.sep, ''));
for (const file of unformatted) console.log(`Not formatted by Prettier: ${shown(file)}`);
for (const file of templatesToFormatByHand) {
  console.log(`Not formatted by Prettier: ${shown(file)}; format the template by hand (Velocity markers stay)`);
}

const failed = problems.length > 0 || unformatted.length > 0 || templatesToFormatByHand.length > 0;
if (failed) {
  if (unformatted.length > 0) console.log(`Prettier fixes the formatting: ${FIX_COMMAND}`);
  if (problems.length > 0)
    console.log('ESLint found problems in the code (above): fix them in the code, not the rules.');
  process.exit(1);
}
console.log(`JavaScript ${fix ? 'formatted' : 'checked'}: ${results.length} files, Prettier and ESLint clean.`);

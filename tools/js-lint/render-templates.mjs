// Renders the archetype's JavaScript templates the way the archetype does, so that Prettier and
// ESLint see what a generated partner project holds: text in #[[ ... ]]# blocks is copied as it
// stands, ${name} outside them becomes a sample value, __name__ in a path likewise.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TEMPLATES = 'partner-kit/steunpunt-partner-archetype/src/main/resources/archetype-resources';
const SAMPLE = 'example';

/** Renders every .js template under the archetype into `outputDir`; returns {template, output} pairs. */
export async function renderTemplates(root, outputDir) {
  const base = path.join(root, TEMPLATES);
  const rendered = [];
  for (const template of await jsFiles(base)) {
    const output = path.join(outputDir, path.relative(base, template).replaceAll(/__\w+__/g, SAMPLE));
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(output, render(await readFile(template, 'utf8')));
    rendered.push({ template, output });
  }
  return rendered;
}

export function render(text) {
  return text
    .split(/(#\[\[[\s\S]*?\]\]#)/)
    .map((part) => (part.startsWith('#[[') ? part.slice(3, -3) : part.replaceAll(/\$\{\w+\}/g, SAMPLE)))
    .join('');
}

async function jsFiles(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await jsFiles(full)));
    else if (entry.name.endsWith('.js')) files.push(full);
  }
  return files.sort();
}

// ESLint's flat config for the staff UI's and the partner pages' JavaScript. The build runs it
// from the repository's root (pom.xml beside this file), so the file patterns are relative to it.
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    // The browser's ES modules: the staff UI, the partner and evaluation pages, the test UI
    // extension of the distribution's tests, and the archetype's page as a generated project
    // has it (rendered under target/ by render-templates.mjs).
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.browser,
    },
  },
  {
    // Node scripts of the build (the UI's text and CSP check).
    files: ['**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.node,
    },
  },
];

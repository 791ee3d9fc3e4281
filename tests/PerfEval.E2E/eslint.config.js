// ESLint for the end-to-end tests: the JavaScript and typescript-eslint recommended rules with type information
// (a floating promise is an action nobody waited for), and Playwright's recommended rules (no fixed waits, web-first
// assertions, no forced clicks). `npm run lint` allows no warning; run.sh runs it before the tests.
import js from '@eslint/js';
import playwright from 'eslint-plugin-playwright';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['node_modules/', 'artifacts/', 'test-results/', 'playwright-report/']),
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['tests/**/*.ts'], extends: [playwright.configs['flat/recommended']] },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
  },
]);

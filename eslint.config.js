import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/*
 * Who may import what (the layout table in the README):
 *   domain/            pure TypeScript: zod, locales/ and assets/ data, itself. No Electron, Node or React.
 *   electron/contract/ the IPC calls: domain/ and zod only.
 *   electron/main/     the main process: domain/, contract, Node, Electron (never renderer/).
 *   electron/preload/  electron and the contract's channel names only (a sandboxed preload).
 *   renderer/          React: domain/ as values, electron/ as types only, never Node.
 * And nowhere an import cycle.
 */
const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'Node.js belongs to the main process.' }

export default tseslint.config(
  { ignores: ['.tmp/**', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            { group: ['electron', '**/electron/**'], message: 'domain/ knows nothing of Electron or the IPC contract.' },
            { group: ['react', 'react-*', 'i18next', '**/renderer/**'], message: 'domain/ decides what is shown, not how: no React, no i18next.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, { group: ['electron', '**/main/**', '**/renderer/**'], message: 'The contract declares calls; it does not run them.' }] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer may only take types from the main process's side, never code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              allowTypeImports: true,
              message: 'The renderer imports only types from electron/; shared rules live in domain/.',
            },
            { group: ['node:*'], message: 'The renderer has no Node.js: ask the main process through the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.{1,2}/).*', message: 'A sandboxed preload can only require electron and local files.' }] },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/electron/**/*.ts', 'tests/components/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
)

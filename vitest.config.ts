import { defineConfig } from 'vitest/config'

/**
 * Three kinds of tests, each with timeouts that hold on a busy 2-core machine:
 * - unit: the real store, PDFs, deadlines, Electron glue (with scrypt at full strength in a few);
 * - components: the UI kit in jsdom, with axe;
 * - proofs: long runs counted in rounds (SIGKILLs, fuzzed files, a disk that fills up).
 */
const proofs = ['tests/unit/kill-durability.test.ts', 'tests/unit/import-fuzz.test.ts', 'tests/unit/disk-trouble.test.ts']

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: proofs,
          environment: 'node',
          pool: 'forks',
          // A key derivation (scrypt, N = 2^17) takes 0.5 s alone and several seconds under load.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'proofs',
          include: proofs,
          environment: 'node',
          pool: 'forks',
          // Each proof sets its own timeout from its number of rounds.
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})

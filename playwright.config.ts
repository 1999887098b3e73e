import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromium'

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  ...(process.env.CI && { workers: 2 }),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    viewport: { width: 1024, height: 768 },
  },
  projects: [
    {
      name: 'renderer',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions,
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
})

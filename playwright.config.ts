import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './tests/e2e/harness/chromium-path'

/**
 * Two projects:
 *  - `renderer`: the built renderer in the system Chromium, with the preload bridge replaced by a shim that
 *    calls the real main-process handlers in this test process (the Electron binary cannot run here);
 *  - `electron`: the same journey in the real app, wherever the Electron binary exists (skipped, with the
 *    reason, where it does not).
 */
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  globalSetup: './tests/e2e/harness/global-setup.ts',
  forbidOnly: !!process.env.CI,
  projects: [
    {
      name: 'renderer',
      testMatch: /chromium\/.*\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1360, height: 860 },
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts$/ }
  ]
})

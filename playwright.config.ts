import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, LAUNCH_ARGS } from './scripts/chromium.ts';

const systemChromium = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    trace: 'on-first-retry',
    locale: 'en-GB',
    // A zone behind UTC, so a date-only ISO string read as local time ('1960-09-22' through
    // new Date()) lands on the previous day and a local-time bug shows (Bamako is UTC+0 and
    // would hide it). The unit tests run ahead of UTC (Pacific/Kiritimati, set by
    // src/test/timeZoneSetup.ts) for the other side.
    timezoneId: 'America/Los_Angeles',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          ...(systemChromium ? { executablePath: systemChromium } : {}),
          args: [...LAUNCH_ARGS],
        },
      },
    },
  ],
  webServer: [
    {
      // Vite's script run by node, not node_modules/.bin/vite, which cmd.exe reads as the command
      // `node_modules` with a switch; not npx either: stopping its wrapper would leave the
      // server running.
      command:
        'node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port 4173 --strictPort',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The development build, for the journeys that need its crash probe (e2e/faults.spec.ts).
      command: 'node node_modules/vite/bin/vite.js --host 127.0.0.1 --port 4179 --strictPort',
      url: 'http://127.0.0.1:4179',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});

// Finds a Chromium for the end-to-end tests, or says in one line how to get one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const system = candidates.find((path) => path && existsSync(path));
function bundledChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}
const bundled = bundledChromium();
if (!system && !(bundled && existsSync(bundled))) {
  console.error(
    'No Chromium found for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}

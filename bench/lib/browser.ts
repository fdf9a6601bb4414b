/** Debian's Chromium driven by Playwright, launched as docs and e2e tests launch it. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, LAUNCH_ARGS } from '../../scripts/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    headless: true,
    args: [...LAUNCH_ARGS],
    ...(executablePath ? { executablePath } : {}),
  });
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps functions in `__name(...)`; the
 * functions handed to page.evaluate carry that call into the page, where it must exist.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** A fresh context (empty cache, no storage) with the e2e tests' viewport, locale and zone. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Africa/Bamako',
  });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  return context;
}

/**
 * Closes a context without waiting forever: a page whose main thread is stuck in a long script
 * (TimelineJS with 10,000 events) can keep close() waiting; the browser's own close at the end
 * of the run ends it in any case.
 */
export async function closeWithin(context: BrowserContext, ms = 10_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    context.close().catch(() => undefined),
    new Promise<void>((done) => {
      timer = setTimeout(done, ms);
    }),
  ]);
  clearTimeout(timer);
}

/** Page errors and console errors, kept so a broken run says why in the results. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Waits for the page's own performance mark `name` and returns its time from navigation start. */
export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: timeoutMs,
    polling: 50,
  });
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    name,
  );
}

/**
 * What the journeys about hosting and offline use watch: the responses that failed, and the
 * service worker taking charge of the atlas's folder.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every response the page gets that is not a success, so a 404 under the wrong path shows. */
export function failedResponses(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${String(response.status())} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  return failed;
}

/** Waits until a service worker is active for the page's folder, and returns its scope. */
export async function serviceWorkerScope(page: Page): Promise<string> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state ?? 'none';
        }),
      {
        message: 'a service worker becomes active (registerServiceWorker() is called at startup)',
        timeout: 30_000,
      },
    )
    .toBe('activated');
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/**
 * The Content-Security-Policy holds and costs nothing: the built pages carry it as a <meta>, the
 * server sends it as a header, and a full journey through the atlas and the embed triggers no
 * violation at all.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The policy as the issue states it. No frame-ancestors: any page may embed the atlas, including
 * the opaque-origin pages that `frame-ancestors *` would refuse (see vite.config.ts).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** Marks the console lines by which the page hands its violations to the test. */
const MARK = '[csp-violation]';

/**
 * Collects every securitypolicyviolation of the page, across navigations: an init script listens
 * in each document and reports through the console, which the test reads without touching the
 * page's globals.
 */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(MARK)) violations.push(text.slice(MARK.length + 1));
  });
  await page.addInitScript((mark) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.info(
        `${mark} ${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ` +
          `${event.sourceFile}:${String(event.lineNumber)} on ${document.location.pathname}`,
      );
    });
  }, MARK);
  return violations;
}

function parsePolicy(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

test('the atlas and the embed run under the policy without a single violation', async ({
  atlas,
  page,
}) => {
  const violations = await collectViolations(page);

  await atlas.open();
  await atlas.waitForMap();
  await atlas.countrySelect.selectOption('FRA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('France');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.goto('/embed.html?year=2013');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await atlas.waitForMap();
  await atlas.countrySelect.selectOption('SEN');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Senegal');

  expect(violations).toEqual([]);
  expect(atlas.consoleErrors).toEqual([]);
  expect(atlas.foreignRequests).toEqual([]);
});

test('the policy is enforced: an injected inline script is refused and reported', async ({
  atlas,
  page,
}) => {
  const violations = await collectViolations(page);
  await atlas.open();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
    const reported = new Promise<void>((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve(), { once: true });
    });
    document.head.append(script);
    await reported;
    return document.documentElement.dataset.inlineRan ?? 'no';
  });
  expect(ran).toBe('no');
  // The report crosses from the page's console to the test asynchronously.
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatch(/^script-src-elem refused inline/);
});

for (const path of ['/', '/embed.html?year=2013']) {
  test(`the server sends the policy and the other security headers for ${path}`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const headers = response.headers();
    const policy = parsePolicy(headers['content-security-policy'] ?? '');
    expect(policy).toEqual(DIRECTIVES);
    // X-Frame-Options could only forbid framing by other sites, which would break every embed.
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
}

for (const page of ['index.html', 'embed.html']) {
  test(`the built ${page} carries the policy in a meta tag and nothing inline`, async ({
    request,
  }) => {
    const html = await (await request.get(`/${page}`)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
    expect(meta, 'the CSP meta tag').not.toBeNull();
    expect(parsePolicy(meta?.[1] ?? '')).toEqual(DIRECTIVES);
    // The meta only governs what follows it: it must come before every script and stylesheet.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.indexOf('<script'),
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
}

test('any page may embed the atlas, even one opened from disk or with an opaque origin', async ({
  page,
}) => {
  const code = '<iframe src="http://127.0.0.1:4173/embed.html?year=2013" width="800" height="900">';
  const slider = page.frameLocator('iframe').getByRole('slider', { name: 'Year' });
  // A lesson saved on a classroom computer: frame-ancestors * would refuse a file: parent.
  const lesson = test.info().outputPath('lesson.html');
  await writeFile(lesson, `<!doctype html><title>Lesson</title>${code}</iframe>`);
  await page.goto(pathToFileURL(lesson).href);
  await expect(slider).toHaveAttribute('aria-valuenow', '2013');
  // A new blank page has an opaque origin, which no frame-ancestors source can match.
  const blank = await page.context().newPage();
  await blank.setContent(`<!doctype html><title>Blank</title>${code}</iframe>`);
  await expect(blank.frameLocator('iframe').getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuenow',
    '2013',
  );
});

test('the mock article under /examples/ stands for a host page and gets no atlas policy', async ({
  request,
}) => {
  const response = await request.get('/examples/article.html');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-security-policy']).toBeUndefined();
});

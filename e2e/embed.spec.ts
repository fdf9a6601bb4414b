import { createServer, type Server } from 'node:http';
import { expect, test } from './fixtures';

test.describe('the example article', () => {
  test('the iframe follows its content height, the scroll drives the year, and changes reach the log', async ({
    page,
  }) => {
    await page.goto('/examples/article.html');
    const frameElement = page.locator('#scrolly-atlas');
    const atlas = page.frameLocator('#scrolly-atlas');
    await expect(atlas.getByRole('slider', { name: 'Year' })).toBeVisible();
    await expect(page.locator('#log')).toContainText('ready');

    // The height reported by the embed replaces the 560 px the article set.
    await expect.poll(async () => frameElement.getAttribute('height')).not.toBe('560');
    const reported = Number(await frameElement.getAttribute('height'));
    const content = await atlas
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(Math.abs(reported - content)).toBeLessThanOrEqual(2);

    await page.locator('.step').nth(1).scrollIntoViewIfNeeded();
    await expect(atlas.getByRole('slider', { name: 'Year' })).toHaveAttribute(
      'aria-valuenow',
      '2013',
    );
    await expect(page.locator('#log')).toContainText('event operation-serval-launched');

    await atlas.getByRole('combobox', { name: 'Country' }).selectOption('SEN');
    await expect(page.locator('#log')).toContainText('country SEN');
  });

  test('the static embed keeps its year fixed for the reader', async ({ page }) => {
    await page.goto('/examples/article.html');
    const frame = page.frameLocator('#static-atlas');
    await page.locator('#static-atlas').scrollIntoViewIfNeeded();
    await expect(
      frame.getByText('Dashed outline: members of AES at the end of 2024'),
    ).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Play' })).toHaveCount(0);
  });
});

test.describe('a host page on another origin', () => {
  // Another port is another origin: the embed only trusts 127.0.0.1:4173. A real server (not a
  // routed response) so Chromium's local-network checks see a local page.
  let server: Server;
  test.beforeAll(async () => {
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><title>foreign</title><iframe id="f" width="600" height="600"
        src="http://127.0.0.1:4173/embed.html?year=1990&parentOrigin=http%3A%2F%2F127.0.0.1%3A4173"></iframe>
        <script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script>`);
    });
    await new Promise<void>((resolve) => server.listen(4174, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('messages from a disallowed origin are ignored, and none are sent to it', async ({
    page,
  }) => {
    await page.goto('http://127.0.0.1:4174/');
    const atlas = page.frameLocator('#f');
    const slider = atlas.getByRole('slider', { name: 'Year' });
    await expect(slider).toHaveAttribute('aria-valuenow', '1990');
    await page.evaluate(() => {
      const frame = document.querySelector('iframe');
      frame?.contentWindow?.postMessage({ type: 'mali-atlas:set', year: 2013 }, '*');
      frame?.contentWindow?.postMessage({ type: 'mali-atlas:set', year: 'boom' }, '*');
    });
    // The reader's own choice goes through; the foreign message changed nothing.
    await atlas.getByRole('combobox', { name: 'Country' }).selectOption('FRA');
    await expect(
      atlas.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
    ).toHaveText('France');
    await expect(slider).toHaveAttribute('aria-valuenow', '1990');
    expect(await page.evaluate(() => (window as unknown as { got: unknown[] }).got.length)).toBe(0);
  });
});

test('at 320 px wide the embed does not overflow', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 400 });
  await page.goto('/embed.html?year=2013&country=FRA');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: /Open in the full atlas/ })).toHaveAttribute(
    'href',
    /\/\?year=2013&country=FRA/,
  );
});

test('the embed code from the Share dialog, pasted into a blank page, shows the same state', async ({
  atlas,
  page,
  context,
}) => {
  await atlas.open('?year=2013&country=FRA');
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toContain('year=2013');
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(
    /^<iframe [^>]*title="[^"]+"[^>]*width="100%"[^>]*style="border:0"[^>]*loading="lazy"[^>]*allow="fullscreen"/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  // A blank page on another origin, served for real (an opaque about:blank parent is not a page
  // a journalist has, and frame-ancestors rightly does not match it).
  const host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<!doctype html><html><head><title>blank</title></head><body>${code}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(4175, '127.0.0.1', resolve));
  const blank = await context.newPage();
  await blank.goto('http://127.0.0.1:4175/');
  const embedded = blank.frameLocator('iframe');
  await expect(embedded.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuenow',
    '2013',
  );
  await expect(
    embedded.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('France');
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

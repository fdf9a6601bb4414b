import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEV_SERVER_URL, expect, test } from './fixtures';

interface EventRecord {
  id: string;
  date: string;
  countries: string[];
}
const events = (
  JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as { events: EventRecord[] }
).events;

async function serve(page: Page, file: string, body: string, status = 200) {
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ status, contentType: 'application/json', body }),
  );
}

test.describe('bad data: a clear message, and the rest of the atlas still works', () => {
  test('events.json is not valid JSON', async ({ atlas, page }) => {
    await serve(page, 'events.json', '{"events": [ oops');
    await atlas.open();
    await expect(page.getByRole('alert').filter({ hasText: 'events.json' })).toContainText(
      'not valid JSON',
    );
    await atlas.waitForMap();
    await atlas.countrySelect.selectOption('FRA');
    await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('France');
  });

  test('a record breaks the schema: it alone is left out, and named', async ({ atlas, page }) => {
    const broken = events.map((e, i) => (i === 3 ? { ...e, date: '1960-02-31' } : e));
    await serve(page, 'events.json', JSON.stringify({ events: broken }));
    await atlas.open();
    const alert = page.getByRole('alert').filter({ hasText: 'events.json' });
    await expect(alert).toContainText(`record "${events[3]?.id ?? ''}", field "date"`);
    await expect(
      page.getByRole('button', { name: /Operation Serval.*2013/ }).first(),
    ).toBeVisible();
  });

  test('an unknown country code and a duplicate id are named', async ({ atlas, page }) => {
    const first = events[0];
    if (!first) throw new Error('no events');
    const broken = [
      { ...first, countries: [...first.countries, 'ZZZ'] },
      ...events.slice(1),
      events[1],
    ];
    await serve(page, 'events.json', JSON.stringify({ events: broken }));
    await atlas.open();
    const alert = page.getByRole('alert').filter({ hasText: 'problems' });
    await expect(alert).toContainText(
      `record "${first.id}", field "countries": unknown country code "ZZZ"`,
    );
    await expect(alert).toContainText(`record "${events[1]?.id ?? ''}": duplicate id`);
    await atlas.slider.focus();
    await page.keyboard.press('End');
    await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  });

  test('a missing file (404) is named and can be retried', async ({ atlas, page }) => {
    await serve(page, 'context.json', 'Not found', 404);
    await atlas.open();
    const alert = page.getByRole('alert').filter({ hasText: 'context.json' });
    await expect(alert).toContainText('404');
    await expect(
      page.getByRole('button', { name: /Operation Serval.*2013/ }).first(),
    ).toBeVisible();
    await page.unroute('**/data/context.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
  });

  test('a missing source catalogue is named, and a retry brings the atlas back', async ({
    atlas,
    page,
  }) => {
    await serve(page, 'sources.json', 'Not found', 404);
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'sources.json' });
    await expect(alert).toHaveText(
      /The file sources\.json could not be loaded: the server answered 404/,
    );
    await expect(alert.getByRole('paragraph')).toHaveCount(1);
    await page.unroute('**/data/sources.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(atlas.slider).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Operation Serval.*2013/ }).first(),
    ).toBeVisible();
  });
});

test.describe('a crash in one part leaves the others working', () => {
  // The crash probe exists only in development builds (no test hook ships): these journeys run
  // against the development server.
  test.use({ baseURL: DEV_SERVER_URL });
  for (const part of ['timeline', 'panel', 'map'] as const) {
    test(`the ${part} crashes`, async ({ atlas, page }) => {
      await page.addInitScript((name) => Reflect.set(window, '__atlasCrash', name), part);
      await page.goto('/?year=2013');
      const message = page
        .getByRole('alert')
        .filter({ hasText: 'This part of the atlas stopped working' });
      await expect(message).toBeVisible({ timeout: 60_000 });
      await expect(message).toContainText(`Simulated crash in the ${part}`);
      if (part !== 'timeline') {
        await atlas.slider.focus();
        await page.keyboard.press('ArrowRight');
        await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2014');
      }
      if (part !== 'panel') {
        await atlas.countrySelect.selectOption('SEN');
        await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Senegal');
      }
      await page.evaluate(() => Reflect.deleteProperty(window, '__atlasCrash'));
      await message.getByRole('button', { name: 'Reload this view' }).click();
      await expect(message).toBeHidden();
    });
  }
});

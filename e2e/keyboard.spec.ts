import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Target = 'country' | 'slider' | 'event-1985' | 'share';

/** Presses Tab (or Shift+Tab) until the target has focus, checking focus stays visible. */
async function tabTo(page: Page, target: Target, backwards = false, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const found = await page.evaluate((wanted) => {
      const el = document.activeElement;
      if (!el) return { hit: false, visible: true };
      const hits: Record<string, boolean> = {
        country:
          el.tagName === 'SELECT' && (el.closest('label')?.textContent ?? '').startsWith('Country'),
        slider: el.getAttribute('role') === 'slider',
        'event-1985':
          el.getAttribute('role') === 'button' && /1985$/.test(el.getAttribute('aria-label') ?? ''),
        share: el.textContent === 'Share',
      };
      const style = getComputedStyle(el);
      const visible =
        el instanceof SVGElement ||
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      return { hit: hits[wanted] === true, visible };
    }, target);
    expect(found.visible, 'focus must always be visible').toBe(true);
    if (found.hit) return;
  }
  throw new Error(`never reached ${target} with Tab`);
}

test('a keyboard-only journey: country, year, event, panel, share dialog', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=1960');
  await tabTo(page, 'country');
  await expect(atlas.countrySelect).toBeFocused();
  for (let i = 0; i < 80 && (await atlas.state()).country !== 'BFA'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect((await atlas.state()).country).toBe('BFA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Upper Volta');

  await tabTo(page, 'slider');
  await expect(atlas.slider).toBeFocused();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1985');
  await expect(atlas.details.getByTestId('details.status')).toHaveText('Tense');
  await expect(page.getByTestId('announcer')).toContainText('1985. Burkina Faso: tense.');

  // The timeline's events come just before the handle: go back to one and open it.
  await tabTo(page, 'event-1985', true);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await atlas.state()).event).not.toBeNull();
  await expect(atlas.details.getByRole('heading', { name: 'Sources' })).toBeVisible();

  await tabTo(page, 'share', true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(dialog).toBeVisible();
  // Focus stays inside the modal dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(
      true,
    );
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
});

test('the table and the list are real views that follow the store', async ({ atlas, page }) => {
  await atlas.open('?year=2024');
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter countries' }).fill('ukr');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /Ukraine/ })).toContainText('Severed');
  await table.getByRole('button', { name: 'Ukraine' }).click();
  await expect.poll(async () => (await atlas.state()).country).toBe('UKR');
  await page.getByRole('searchbox', { name: 'Filter countries' }).fill('');
  await table.getByRole('button', { name: 'Relations since' }).click();
  await expect(table.getByRole('columnheader', { name: 'Relations since' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  await page.getByRole('tab', { name: 'Events list' }).click();
  await page.getByRole('searchbox', { name: 'Filter events' }).fill('Serval');
  await page
    .getByRole('button', { name: /Operation Serval/ })
    .first()
    .click();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(atlas.map).toBeVisible();
});

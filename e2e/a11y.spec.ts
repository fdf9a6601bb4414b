import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

test.describe('WCAG 2.2 A and AA (axe)', () => {
  test('default view', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.waitForMap();
    expect(await violations(page)).toEqual([]);
  });

  test('a country selected', async ({ atlas, page }) => {
    await atlas.open('?year=1985&country=BFA');
    await atlas.waitForMap();
    expect(await violations(page)).toEqual([]);
  });

  test('an event selected', async ({ atlas, page }) => {
    await atlas.open('?event=operation-serval-launched&year=2013');
    await atlas.waitForMap();
    expect(await violations(page)).toEqual([]);
  });

  test('the lesson editor with steps, and its delete confirmation', async ({ atlas, page }) => {
    await atlas.open('?year=2013&country=FRA');
    await atlas.waitForMap();
    await page.getByRole('button', { name: 'New lesson' }).click();
    const editor = page.getByRole('region', { name: 'Lesson editor' });
    await editor.getByRole('textbox', { name: 'Lesson title' }).fill('Serval');
    await editor.getByRole('button', { name: 'Add this view' }).click();
    await editor.getByRole('button', { name: 'Add this view' }).click();
    await editor.getByRole('button', { name: 'Remove step' }).last().click();
    await expect(editor.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete “Serval”' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete this lesson?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('presenter mode', async ({ atlas, page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await atlas.open();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the embed', async ({ page }) => {
    await page.goto('/embed.html?year=2016&org=G5S');
    await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
    await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', {
      timeout: 30_000,
    });
    expect(await violations(page)).toEqual([]);
  });

  test('the share dialog', async ({ atlas, page }) => {
    await atlas.open('?year=2013');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the data and sources view', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Data and sources' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the Cite this view dialog, and Mali’s memberships', async ({ atlas, page }) => {
    await atlas.open('?year=2021&country=MLI');
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Cite this view' })
      .click();
    await expect(page.getByRole('dialog', { name: 'Cite this view' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('a 375 px phone', async ({ atlas, page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await atlas.open('?year=2013&country=FRA');
    await atlas.waitForMap();
    expect(await violations(page)).toEqual([]);
  });

  test('French', async ({ atlas, page }) => {
    await page.goto('/?lang=fr&year=2024&country=UKR');
    await expect(page.getByRole('slider', { name: 'Année' })).toBeVisible();
    await atlas.waitForMap();
    expect(await violations(page)).toEqual([]);
  });
});

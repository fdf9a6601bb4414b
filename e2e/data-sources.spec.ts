import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('the Data and sources view lists the sources and offers the events as CSV and JSON', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const opener = page.getByRole('button', { name: 'Data and sources' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Data and sources' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/\d+ sources/)).toBeVisible();
  await expect(dialog.getByText(/CC BY 4\.0/)).toBeVisible();
  const links = dialog.getByRole('link', { name: /Wikipedia/ });
  expect(await links.count()).toBeGreaterThan(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Download the events (CSV)' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^id,date,precision,end,category,title_en,title_fr/);
  expect(csv).toContain('operation-serval-launched');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Download the events (JSON)' }).click(),
  ]);
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
    events: unknown[];
  };
  expect(json.events.length).toBeGreaterThanOrEqual(100);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('an organisation overlay outlines its members in the selected year', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2016');
  await page.getByRole('combobox', { name: 'Members of' }).selectOption('G5S');
  await expect.poll(() => atlas.searchParams().get('org')).toBe('G5S');
  await expect(
    page.getByText('Dashed outline: members of G5 Sahel at the end of 2016'),
  ).toBeVisible();
  await atlas.slider.focus();
  await page.keyboard.press('End');
  await expect(
    page.getByText('Dashed outline: members of G5 Sahel at the end of 2025'),
  ).toBeVisible();
});

import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const TABLE_HEADERS: [string, RegExp][] = [
  ['Events', /^id,date,precision,end,category,title_en,title_fr/],
  ['Countries and relations dates', /^iso3,name_en,name_fr,neighbour,relations_since/],
  ['Relationship periods', /^iso3,status,from,to,reason_en,reason_fr,event,certainty/],
  ['Organisations', /^id,acronym_en,acronym_fr,name_en,name_fr,sources/],
  ['Memberships and suspensions', /^organisation,iso3,kind,from,to,reason_en/],
  ['Foreign presences', /^id,name_en,name_fr,lead,contributors,from,to/],
  ['Sources', /^id,title,publisher,kind,language,published,url,accessed/],
];

test('the Data and sources view lists the sources by kind and offers every table', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const opener = page.getByRole('button', { name: 'Data and sources' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Data and sources' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^\d+ sources$/)).toBeVisible();
  await expect(dialog.getByText(/Dataset version \d+\.\d+\.\d+, released/)).toBeVisible();
  await expect(dialog.getByText(/Sources by kind: .*newspaper: \d+/)).toBeVisible();
  await expect(dialog.getByText(/CC BY 4\.0/)).toBeVisible();
  await expect(dialog.getByText(/seed|\.txt\b/i)).toHaveCount(0);

  for (const [table, header] of TABLE_HEADERS) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: `Download ${table} (CSV)` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^mali-relations-atlas-\d+\.\d+\.\d+-\d{4}-\d{2}-\d{2}-.+\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF'), table).toBe(true);
    expect(csv.slice(1).split('\r\n')[0], table).toMatch(header);
  }

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Download Events (JSON)' }).click(),
  ]);
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
    dataset: { version: string };
    records: { id: string }[];
  };
  expect(json.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(json.records.length).toBeGreaterThanOrEqual(160);
  expect(json.records.map((r) => r.id)).toContain('operation-serval-launched');

  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Download the whole dataset (Data Package, zip)' }).click(),
  ]);
  expect(zip.suggestedFilename()).toMatch(/-datapackage\.zip$/);
  const bytes = await readFile(await zip.path());
  // A zip file starts with the local file header signature PK\x03\x04.
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(bytes.includes(Buffer.from('datapackage.json'))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Cite this view gives the citation of the view with its link, and the sources', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2013&country=FRA');
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Cite this view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  const plain = dialog.getByRole('textbox', { name: 'Plain text' });
  await expect(plain).toHaveValue(/“Relations with Mali, end of 2013: France”/);
  await expect(plain).toHaveValue(/\?year=2013&country=FRA/);
  await expect(plain).toHaveValue(/Dataset version \d+\.\d+\.\d+/);
  await expect(dialog.getByRole('textbox', { name: 'APA' })).toHaveValue(/Retrieved .*\?year=2013/);
  await expect(dialog.getByRole('textbox', { name: 'Chicago' })).toHaveValue(/Accessed /);
  await expect(dialog.getByRole('textbox', { name: 'BibTeX' })).toHaveValue(/^@misc\{/);
  await expect(dialog.getByRole('button', { name: 'Copy: BibTeX' })).toBeVisible();
  await expect(
    dialog.getByRole('heading', { name: 'Original sources of the facts shown' }),
  ).toBeVisible();
  expect(await dialog.getByRole('listitem').count()).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The Share dialog offers the same citation.
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share or embed this view' });
  await share.getByRole('button', { name: 'Cite this view' }).click();
  const cite = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(cite).toBeVisible();
  // Closing the citation leaves the Share dialog as it was.
  await cite.getByRole('button', { name: 'Close' }).click();
  await expect(cite).toBeHidden();
  await expect(share.getByRole('textbox', { name: 'Link to this view' })).toBeVisible();
});

test('France’s panel says how sure each fact is and never speaks of our files', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2022&country=FRA');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText(/Status at the end of 2022/)).toBeVisible();
  await expect(details.getByText(/seed|bilateral table/i)).toHaveCount(0);
  await atlas.open('?year=2021&country=MLI');
  await expect(details.getByText('Mali’s memberships at the end of 2021')).toBeVisible();
  await expect(
    details.getByText(/OIF: member since .* suspended or under sanctions since 3 June 2021/),
  ).toBeVisible();
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

/**
 * Download image (the picture without WebGL is checked in no-webgl.spec.ts), in the Share dialog: the view as a PNG for a slide or an article at two sizes,
 * or the map alone as SVG, named for the view, drawn from the SVG drawing, so it works without
 * WebGL too. What is checked is the file the browser saves: its name, a PNG's size in its header,
 * the SVG's parse and its country shapes.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A PNG's width and height, from its IHDR chunk (bytes 16 to 23, after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fileOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Opens Share, picks a format and presses the button; resolves with the browser's download. */
async function downloadImage(
  page: Page,
  names: { share: string; dialog: string; format: RegExp; button: string },
): Promise<Download> {
  const dialog = page.getByRole('dialog', { name: names.dialog });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: names.share }).click();
  await dialog.getByRole('radio', { name: names.format }).check();
  const saved = page.waitForEvent('download');
  await dialog.getByRole('button', { name: names.button }).click();
  return saved;
}

const ENGLISH = {
  share: 'Share',
  dialog: 'Share or embed this view',
  button: 'Download image',
};

test('a teacher downloads the view as a PNG at both sizes and the map as SVG', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2013&country=FRA');

  const small = await downloadImage(page, { ...ENGLISH, format: /^PNG, 1200 × 675/ });
  expect(small.suggestedFilename()).toBe('mali-relations-atlas-2013-FRA.png');
  expect(pngSize(await fileOf(small))).toEqual({ width: 1200, height: 675 });
  const dialog = page.getByRole('dialog', { name: ENGLISH.dialog });
  await expect(dialog.getByRole('status').filter({ hasText: 'Image made' })).toContainText(
    'mali-relations-atlas-2013-FRA.png',
  );

  const large = await downloadImage(page, { ...ENGLISH, format: /^PNG, 2400 × 1350/ });
  expect(large.suggestedFilename()).toBe('mali-relations-atlas-2013-FRA-2x.png');
  expect(pngSize(await fileOf(large))).toEqual({ width: 2400, height: 1350 });

  const svg = await downloadImage(page, { ...ENGLISH, format: /^SVG/ });
  expect(svg.suggestedFilename()).toBe('mali-relations-atlas-2013-FRA.svg');
  const text = (await fileOf(svg)).toString('utf8');
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.namespaceURI,
      title: doc.querySelector('title')?.textContent ?? null,
      france: [...doc.querySelectorAll('path[data-iso3="FRA"]')].filter((p) => p.getAttribute('d'))
        .length,
      mali: doc.querySelectorAll('path[data-iso3="MLI"]').length,
    };
  }, text);
  expect(parsed).toMatchObject({
    error: null,
    root: 'http://www.w3.org/2000/svg',
    title: 'Map of Mali and its partners in 2013',
  });
  expect(parsed.france).toBeGreaterThan(0);
  expect(parsed.mali).toBeGreaterThan(0);
  expect(atlas.consoleErrors).toEqual([]);
});

test('in French the button and the file are the French atlas’s', async ({ atlas, page }) => {
  await atlas.page.goto('/?lang=fr&year=2013&country=FRA');
  const download = await downloadImage(page, {
    share: 'Partager',
    dialog: 'Partager ou intégrer cette vue',
    format: /^PNG, 1200 × 675/,
    button: 'Télécharger l’image',
  });
  expect(download.suggestedFilename()).toBe('atlas-des-relations-du-mali-2013-FRA.png');
  expect(pngSize(await fileOf(download))).toEqual({ width: 1200, height: 675 });
  await expect(page.getByRole('status').filter({ hasText: 'Image créée' })).toBeVisible();
});

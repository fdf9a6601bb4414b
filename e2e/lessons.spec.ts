/**
 * A teacher's own lessons: written in the atlas, kept in the browser, moved as a file or a link,
 * presented with a clicker. Every journey runs with no network beyond the atlas's own server.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { AtlasPage, expect, test } from './fixtures';

const HOST = 'http://127.0.0.1:4173';

async function freshAtlas(browser: Browser, locale = 'en-GB') {
  const context = await browser.newContext({ locale, baseURL: HOST });
  const page = await context.newPage();
  return { context, page, atlas: new AtlasPage(page) };
}

/** Writes a lesson of the given steps: each sets a year (and maybe a country) and a caption. */
async function writeLesson(
  page: Page,
  title: string,
  steps: { year: number; country?: string; caption: string }[],
) {
  const atlas = new AtlasPage(page);
  await page.getByRole('button', { name: 'New lesson' }).click();
  const editor = page.getByRole('region', { name: 'Lesson editor' });
  await expect(editor.getByRole('textbox', { name: 'Lesson title' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Lesson title' }).fill(title);
  for (const [i, step] of steps.entries()) {
    await atlas.slider.focus();
    await page.keyboard.press('Home');
    for (let y = 1960; y < step.year; y += 10) {
      await page.keyboard.press(step.year - y >= 10 ? 'PageUp' : 'ArrowRight');
      if (step.year - y < 10) break;
    }
    await expect
      .poll(async () => {
        const { year } = await atlas.state();
        if (year < step.year) await page.keyboard.press('ArrowRight');
        if (year > step.year) await page.keyboard.press('ArrowLeft');
        return year;
      })
      .toBe(step.year);
    await atlas.countrySelect.selectOption(step.country ?? '');
    await editor.getByRole('button', { name: 'Add this view' }).click();
    const caption = editor
      .getByRole('group', { name: `Step ${String(i + 1)}` })
      .getByRole('textbox', {
        name: 'Caption',
      });
    // Focus goes to the new step's caption: the teacher types straight away.
    await expect(caption).toBeFocused();
    await page.keyboard.type(step.caption);
  }
  return editor;
}

const THREE_STEPS = [
  { year: 1960, country: 'SEN', caption: 'The Mali Federation breaks up.\nSenegal leaves it.' },
  { year: 2013, country: 'FRA', caption: 'France sends troops.' },
  { year: 2023, caption: 'Mali, Burkina Faso and Niger sign the Liptako-Gourma Charter.' },
];

test.describe('a teacher’s lesson', () => {
  test('written in three steps, saved, opened in a fresh browser and presented with PageDown', async ({
    page,
    atlas,
    browser,
  }, testInfo) => {
    await atlas.open();
    const started = Date.now();
    const editor = await writeLesson(page, 'Mali and its partners', THREE_STEPS);
    testInfo.annotations.push({
      type: 'three-step lesson written in',
      description: `${String(Date.now() - started)} ms`,
    });
    await expect(editor.getByRole('list', { name: 'Steps' }).getByRole('listitem')).toHaveCount(3);

    const download = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Save lesson' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('mali-and-its-partners.lesson.json');
    const path = testInfo.outputPath('lesson.json');
    await file.saveAs(path);
    const saved = JSON.parse(await readFile(path, 'utf8')) as { version: number; steps: unknown[] };
    expect(saved.version).toBe(2);
    expect(saved.steps).toHaveLength(3);

    const fresh = await freshAtlas(browser);
    await fresh.atlas.open();
    await fresh.page.getByRole('button', { name: 'New lesson' }).click();
    const chooser = fresh.page.waitForEvent('filechooser');
    await fresh.page.getByRole('button', { name: 'Open lesson' }).click();
    await (await chooser).setFiles(path);
    await expect(fresh.page.getByText('Lesson “Mali and its partners” opened.')).toBeVisible();

    await fresh.page.getByRole('button', { name: 'Present' }).click();
    const presentation = fresh.page.getByRole('region', { name: 'Presentation' });
    await expect(presentation).toContainText('Mali and its partners');
    await expect(presentation).toContainText('Step 1 of 3');
    await expect(presentation).toContainText('The Mali Federation breaks up.');
    await fresh.page.keyboard.press('PageDown');
    await expect(presentation).toContainText('Step 2 of 3');
    await expect(presentation).toContainText('France sends troops.');
    expect(await fresh.atlas.state()).toMatchObject({ year: 2013, country: 'FRA' });
    await fresh.page.keyboard.press('PageDown');
    await expect(presentation).toContainText('Step 3 of 3');
    expect(await fresh.atlas.state()).toMatchObject({ year: 2023, country: null });
    await fresh.page.keyboard.press('PageUp');
    await expect(presentation).toContainText('Step 2 of 3');
    await fresh.page.keyboard.press('Escape');
    await expect(presentation).toBeHidden();
    expect(fresh.atlas.consoleErrors).toEqual([]);
    await fresh.context.close();
  });

  test('its link opens the lesson in a fresh browser, with no server and no account', async ({
    page,
    atlas,
    browser,
  }) => {
    await atlas.open();
    const editor = await writeLesson(page, 'Serval', THREE_STEPS.slice(1));
    const field = editor.getByRole('textbox', { name: 'Lesson link' });
    await expect(field).toHaveValue(/#lesson=z/);
    await editor.getByRole('button', { name: 'Copy lesson link' }).click();
    await expect(editor.getByText(/Lesson link copied|press Ctrl\+C/)).toBeVisible();
    const link = await field.inputValue();
    expect(new URL(link).search).toBe('');

    const fresh = await freshAtlas(browser);
    await fresh.page.goto(link);
    const tour = fresh.page.getByRole('region', { name: 'Guided tour' });
    await expect(tour).toContainText('Serval');
    await expect(tour).toContainText('Step 1 of 2');
    await expect(tour).toContainText('France sends troops.');
    expect(await fresh.atlas.state()).toMatchObject({ year: 2013, country: 'FRA' });
    // The fragment leaves the address once read: a reload does not bring the lesson in twice.
    await expect.poll(() => new URL(fresh.page.url()).hash).toBe('');
    await fresh.page.keyboard.press('PageDown');
    await expect(tour).toContainText('Step 2 of 2');
    // The one who received it can change it: it is theirs now.
    await tour.getByRole('button', { name: 'Edit this lesson' }).click();
    await expect(
      fresh.page
        .getByRole('region', { name: 'Lesson editor' })
        .getByRole('textbox', { name: 'Lesson title' }),
    ).toHaveValue('Serval');
    await fresh.page.reload();
    await fresh.page.getByRole('button', { name: 'New lesson' }).click();
    await expect(
      fresh.page.getByRole('list', { name: 'Your lessons' }).getByRole('listitem'),
    ).toHaveCount(1);
    await fresh.context.close();
  });

  test('a reload keeps the lesson and the editor on it', async ({ page, atlas }) => {
    await atlas.open();
    await writeLesson(page, 'Kept', THREE_STEPS.slice(0, 2));
    await page.reload();
    const editor = page.getByRole('region', { name: 'Lesson editor' });
    await expect(editor.getByRole('textbox', { name: 'Lesson title' })).toHaveValue('Kept');
    await expect(editor.getByRole('textbox', { name: 'Caption' }).nth(1)).toHaveValue(
      'France sends troops.',
    );
    await expect(page.getByRole('list', { name: 'Your lessons' })).toContainText('Kept');
  });

  test('steps move, update and come back after removal, from the keyboard, announced politely', async ({
    page,
    atlas,
  }) => {
    await atlas.open();
    const editor = await writeLesson(page, 'Order', THREE_STEPS);
    const status = editor.getByRole('status').first();
    const step = (n: number) => editor.getByRole('group', { name: `Step ${String(n)}` });

    await step(3).getByRole('button', { name: 'Move up' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Step moved to position 2.');
    await expect(step(2).getByRole('textbox', { name: 'Caption' })).toHaveValue(/Liptako/);
    await expect(step(2).getByRole('button', { name: 'Move up' })).toBeFocused();

    await step(1).getByRole('button', { name: 'Remove step' }).click();
    await expect(status).toHaveText('Step 1 removed.');
    await expect(editor.getByRole('list', { name: 'Steps' }).getByRole('listitem')).toHaveCount(2);
    await expect(editor.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Step 1 restored.');
    await expect(step(1).getByRole('textbox', { name: 'Caption' })).toHaveValue(/Federation/);

    // Showing a step sets its view; Update this step takes the view on screen instead.
    await step(1)
      .getByRole('button', { name: /^Show step 1/ })
      .click();
    expect(await atlas.state()).toMatchObject({ year: 1960, country: 'SEN' });
    await atlas.countrySelect.selectOption('CIV');
    await step(1).getByRole('button', { name: 'Update this step' }).click();
    await expect(status).toContainText('Step 1 now shows 1960');
    await expect(step(1).getByRole('button', { name: /^Show step 1/ })).toHaveAccessibleName(
      /Côte d’Ivoire|Ivory Coast|Côte d'Ivoire/,
    );
  });

  test('a built-in story can be adapted as a lesson', async ({ page, atlas }) => {
    await atlas.open('?year=2025');
    await page.getByRole('button', { name: /^Adapt as a lesson: From G5 Sahel/ }).click();
    const editor = page.getByRole('region', { name: 'Lesson editor' });
    await expect(editor.getByRole('textbox', { name: 'Lesson title' })).toHaveValue(
      'From G5 Sahel to the Alliance of Sahel States',
    );
    await expect(
      editor.getByRole('list', { name: 'Steps' }).getByRole('listitem').first(),
    ).toContainText('G5');
  });

  test('a lesson file dropped on the atlas opens in the editor', async ({ page, atlas }) => {
    await atlas.open();
    const lesson = {
      format: 'mali-relations-atlas-lesson',
      version: 1,
      lang: 'en',
      title: 'Dropped',
      steps: [{ year: 1963, caption: 'An older file.' }],
    };
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'old.lesson.json', { type: 'application/json' }));
      return data;
    }, JSON.stringify(lesson));
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the lesson file to open it')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    const editor = page.getByRole('region', { name: 'Lesson editor' });
    await expect(editor.getByRole('textbox', { name: 'Lesson title' })).toHaveValue('Dropped');
    // Version 1 is migrated, and the reader is told.
    await expect(page.getByText(/older format \(version 1\)/)).toBeVisible();
    expect(await atlas.state()).toMatchObject({ year: 1963 });
  });
});

test.describe('bad lessons', () => {
  test('a hostile file shows its message, runs nothing and loses nothing', async ({
    page,
    atlas,
  }, testInfo) => {
    await atlas.open();
    await writeLesson(page, 'Mine', THREE_STEPS.slice(0, 1));
    const hostile = {
      format: 'mali-relations-atlas-lesson',
      version: 2,
      id: 'lesson-hostile1',
      title: { en: '<img src=x onerror="window.__pwned=1">' },
      steps: [
        { year: 2013, caption: { en: '<script>window.__pwned = 1</script>Hello' } },
        { year: 2014, caption: { en: '<img src=x onerror="window.__pwned=2">' } },
      ],
    };
    const open = async (name: string, content: unknown) => {
      const path = testInfo.outputPath(name);
      await import('node:fs/promises').then((fs) =>
        fs.writeFile(path, typeof content === 'string' ? content : JSON.stringify(content)),
      );
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open lesson' }).click();
      await (await chooser).setFiles(path);
    };

    await open('hostile.json', hostile);
    await expect(page.getByText(/Captions contain HTML \(<script>, in step 1, 2\)/)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Lesson editor' })
        .getByRole('textbox', { name: 'Caption' })
        .first(),
    ).toHaveValue('<script>window.__pwned = 1</script>Hello');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toContainText(
      '<script>window.__pwned = 1</script>Hello',
    );
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    await open('unknown.json', {
      ...hostile,
      id: 'lesson-unknown1',
      steps: [
        { year: 2000, caption: {} },
        { year: 2001, country: 'XYZ', caption: {} },
      ],
    });
    await expect(
      page.getByText(
        'The lesson was not opened. Step 2 names a country this atlas does not have: “XYZ”.',
      ),
    ).toBeVisible();
    await open('future.json', { ...hostile, version: 9 });
    await expect(page.getByText(/newer version of the atlas \(format 9\)/)).toBeVisible();
    await open('broken.json', '{"format": "mali-relations-atlas-lesson",');
    await expect(page.getByText(/not valid JSON/)).toBeVisible();
    await open('year.json', { ...hostile, steps: [{ year: 1959, caption: {} }] });
    await expect(
      page.getByText('The lesson was not opened. In step 1, the year is missing or not valid.'),
    ).toBeVisible();
    await open('big.json', `{"pad":"${'x'.repeat(1_100_000)}"}`);
    await expect(
      page.getByText('The lesson was not opened. It is larger than 1 MB.'),
    ).toBeVisible();

    // What was kept is still there, the hostile one beside it.
    const kept = page.getByRole('list', { name: 'Your lessons' });
    await expect(kept).toContainText('Mine');
    await expect(kept.getByRole('listitem')).toHaveCount(2);
    expect(
      atlas.consoleErrors.filter((e) => !e.includes('ERR_FILE_NOT_FOUND') && !e.includes('404')),
    ).toEqual([]);
  });

  test('a damaged link says so and opens the atlas as usual', async ({ page, atlas }) => {
    await page.goto('/#lesson=zNOT-A-REAL-LESSON');
    await expect(page.getByText(/The lesson link is damaged or incomplete/)).toBeVisible();
    await expect(atlas.slider).toBeVisible();
  });
});

test('in French, the editor and its messages speak French', async ({ browser }, testInfo) => {
  const { context, page, atlas } = await freshAtlas(browser, 'fr-FR');
  await page.goto('/?year=2013&country=FRA');
  await page.getByRole('button', { name: 'Nouvelle leçon' }).click();
  const editor = page.getByRole('region', { name: 'Éditeur de leçon' });
  await editor.getByRole('textbox', { name: 'Titre de la leçon' }).fill('Serval');
  await editor.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await editor.getByRole('textbox', { name: 'Légende' }).fill('La France intervient.');
  await expect(editor.getByRole('status').first()).toHaveText(/Étape 1 ajoutée : 2013 · France/);
  const path = testInfo.outputPath('future.json');
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(path, JSON.stringify({ format: 'mali-relations-atlas-lesson', version: 3 })),
  );
  const chooser = page.waitForEvent('filechooser');
  await editor.getByRole('button', { name: 'Ouvrir une leçon' }).click();
  await (await chooser).setFiles(path);
  await expect(
    page.getByText(
      /La leçon n’a pas été ouverte\. Elle a été enregistrée par une version plus récente/,
    ),
  ).toBeVisible();
  expect(atlas.consoleErrors).toEqual([]);
  await context.close();
});

test('an embed shows a lesson from its link', async ({ page }) => {
  await page.goto('/?year=2013');
  await writeLesson(page, 'For an article', THREE_STEPS.slice(1));
  const link = await page.getByRole('textbox', { name: 'Lesson link' }).inputValue();
  const { hash } = new URL(link);
  await page.goto(`/embed.html${hash}`);
  const tour = page.getByRole('region', { name: 'Guided tour' });
  await expect(tour).toContainText('For an article');
  await expect(tour).toContainText('France sends troops.');
});

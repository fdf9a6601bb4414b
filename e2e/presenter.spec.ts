import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface StoryStep {
  year: number;
  event?: string;
  caption: { en: string };
}
interface Story {
  id: string;
  steps: StoryStep[];
}
const stories = (JSON.parse(readFileSync('dist/data/stories.json', 'utf8')) as { stories: Story[] })
  .stories;
const main = stories.find((s) => s.id === 'mali-and-the-world');
if (!main) throw new Error('the main story is missing from dist/data/stories.json');
const step = (n: number): StoryStep => {
  const s = main.steps[n - 1];
  if (!s) throw new Error(`no step ${String(n)}`);
  return s;
};

test.use({ viewport: { width: 1920, height: 1080 } });

test('a teacher runs the story with a clicker: PageDown, PageUp, Escape', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await page.getByRole('button', { name: 'Present' }).click();
  const presentation = page.getByRole('region', { name: 'Presentation' });
  await expect(presentation).toBeVisible();
  const count = main.steps.length;
  await expect(presentation.getByText(`Step 1 of ${String(count)}`)).toBeVisible();
  await expect(presentation.getByText(step(1).caption.en)).toBeVisible();

  for (const n of [2, 3, 4]) {
    await page.keyboard.press('PageDown');
    await expect(presentation.getByText(`Step ${String(n)} of ${String(count)}`)).toBeVisible();
    await expect(presentation.getByText(step(n).caption.en)).toBeVisible();
    await expect(atlas.slider).toHaveAttribute('aria-valuenow', String(step(n).year));
    await expect.poll(() => atlas.searchParams().get('step')).toBe(String(n));
    expect(atlas.searchParams().get('story')).toBe('mali-and-the-world');
  }
  await page.keyboard.press('PageUp');
  await expect(presentation.getByText(`Step 3 of ${String(count)}`)).toBeVisible();
  await expect.poll(() => atlas.searchParams().get('step')).toBe('3');

  await page.keyboard.press('End');
  await expect(presentation.getByText(`Step ${String(count)} of ${String(count)}`)).toBeVisible();
  await page.keyboard.press('Home');
  await expect(presentation.getByText(`Step 1 of ${String(count)}`)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(presentation).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  expect((await atlas.state()).presenting).toBe(false);
});

test('presenter type is large enough for the back of the room', async ({ page, atlas }) => {
  await atlas.open('?story=mali-and-the-world&step=2');
  await page.getByRole('button', { name: 'Present' }).click();
  const caption = page.locator('.presenter-caption');
  await expect(caption).toBeVisible();
  const sizes = await page.evaluate(() => {
    const px = (selector: string) =>
      Number.parseFloat(
        getComputedStyle(document.querySelector(selector) ?? document.body).fontSize,
      );
    const texts = [...document.querySelectorAll('.app.presenting *')].filter(
      (el): el is HTMLElement =>
        el instanceof HTMLElement &&
        el.offsetParent !== null &&
        [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        ),
    );
    return {
      smallest: Math.min(...texts.map((el) => Number.parseFloat(getComputedStyle(el).fontSize))),
      year: px('.presenter-year'),
      caption: px('.presenter-caption'),
    };
  });
  expect(sizes.smallest).toBeGreaterThanOrEqual(24);
  expect(sizes.caption).toBeGreaterThanOrEqual(24);
  expect(sizes.year).toBeGreaterThan(sizes.caption * 2);
});

test('B blanks the screen and any key brings it back', async ({ atlas, page }) => {
  await atlas.open();
  await page.getByRole('button', { name: 'Present' }).click();
  const presentation = page.getByRole('region', { name: 'Presentation' });
  await expect(presentation.getByText(/^Step 1 of/)).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.presenter-blank')).toBeVisible();
  await page.keyboard.press('x');
  await expect(page.locator('.presenter-blank')).toBeHidden();
  await expect(presentation.getByText(/^Step 1 of/)).toBeVisible();
});

test('a deep link opens the story at step 5, and the tour steps with the buttons', async ({
  atlas,
  page,
}) => {
  await atlas.open('?story=mali-and-the-world&step=5');
  const tour = page.getByRole('region', { name: 'Guided tour' });
  await expect(tour.getByText(`Step 5 of ${String(main.steps.length)}`)).toBeVisible();
  await expect(tour.getByText(step(5).caption.en)).toBeVisible();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', String(step(5).year));
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.getByText(`Step 6 of ${String(main.steps.length)}`)).toBeVisible();
  await page.goBack();
  await expect(tour.getByText(`Step 5 of ${String(main.steps.length)}`)).toBeVisible();
  await tour.getByRole('button', { name: 'End the tour' }).click();
  await expect(tour).toBeHidden();
});

test('the handout prints the story step by step: year, caption and map', async ({
  atlas,
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await atlas.open('?story=mali-and-the-world&step=1');
  await atlas.waitForMap();
  await page.getByRole('button', { name: 'Print handout' }).click();
  const steps = page.locator('.handout-step');
  await expect(steps).toHaveCount(main.steps.length);
  await expect(steps.first().locator('h3')).toHaveText(`Step 1 — ${String(step(1).year)}`);
  await expect(steps.first().locator('.handout-caption')).toHaveText(step(1).caption.en);
  await expect(steps.last().locator('h3')).toHaveText(
    `Step ${String(main.steps.length)} — ${String(step(main.steps.length).year)}`,
  );
  // Each step its own picture of the map, drawn from the step's view.
  await expect(page.locator('.handout-step svg[role="img"]')).toHaveCount(main.steps.length);
  await expect(page.locator('.handout-step svg path[data-iso3]').first()).toBeAttached();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // Two or three steps to a sheet, then the events and sources.
  expect(pages).toBeGreaterThanOrEqual(Math.ceil(main.steps.length / 3));
  expect(pages).toBeLessThanOrEqual(Math.ceil(main.steps.length / 2) + 2);
  const titles = await page.evaluate(() =>
    [...document.querySelectorAll('.handout-events li strong')].map((el) => el.textContent),
  );
  expect(titles.length).toBeGreaterThanOrEqual(10);
  await expect(page.locator('.handout')).toContainText('Sources');
});

test('without a story the handout prints the view, the map as shown, on one or two pages', async ({
  atlas,
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await atlas.open('?year=2013&country=FRA');
  await atlas.waitForMap();
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('.handout-map')).toHaveAttribute('src', /^data:image\/png/);
  await expect(page.locator('.handout-step')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await expect(page.locator('.handout')).toContainText('Sources');
});

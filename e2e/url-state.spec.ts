import { expect, test } from './fixtures';

test('a deep link is restored and Back undoes a choice', async ({ atlas, page }) => {
  await atlas.open('?year=1985&country=BFA');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1985');
  await expect(atlas.countrySelect).toHaveValue('BFA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Burkina Faso');
  await atlas.countrySelect.selectOption('FRA');
  await expect.poll(() => atlas.searchParams().get('country')).toBe('FRA');
  await page.goBack();
  await expect(atlas.countrySelect).toHaveValue('BFA');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1985');
  await page.goForward();
  await expect(atlas.countrySelect).toHaveValue('FRA');
});

test('invalid parameters show a dismissible notice and the app still works', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=banana&country=<script>&colour=red&event=NOPE!');
  const notice = page.getByRole('status').filter({ hasText: 'ignored' });
  await expect(notice).toContainText('year=banana');
  await expect(notice).toContainText('colour=red');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  await notice.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(page.getByText('colour=red')).toHaveCount(0);
  await atlas.slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2024');
});

test('an out-of-range year is clamped and a country the atlas lacks is reported', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=3000&country=ZZZ');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  await expect(page.getByText(/country "ZZZ" is not in the atlas/)).toBeVisible();
  expect((await atlas.state()).country).toBeNull();
});

test('Back from a link with a country the atlas lacks leaves it, rather than trapping the reader', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=1990');
  await page.goto('/?year=2013&country=ZZZ');
  await expect(page.getByText(/country "ZZZ" is not in the atlas/)).toBeVisible();
  await expect.poll(() => atlas.searchParams().get('country')).toBeNull();
  await page.goBack();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1990');
  await expect.poll(() => atlas.searchParams().get('year')).toBe('1990');
});

test('a link can open the table or the events list, and the tabs write the link', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2013&tab=table');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Table' }).getByRole('table')).toBeVisible();
  await page.getByRole('tab', { name: 'Events list' }).click();
  await expect.poll(() => atlas.searchParams().get('tab')).toBe('list');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect.poll(() => atlas.searchParams().get('tab')).toBeNull();
});

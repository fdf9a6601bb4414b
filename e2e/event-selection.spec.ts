import { expect, test } from './fixtures';

test('choosing an event sets the year, the map selection and the URL', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.waitForMap();
  const serval = page.getByRole('button', { name: /Operation Serval.*2013/ }).first();
  await serval.click();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await expect.poll(() => atlas.searchParams().get('year')).toBe('2013');
  const eventId = atlas.searchParams().get('event');
  expect(eventId).toBeTruthy();
  const state = await atlas.state();
  expect(state.event).toBe(eventId);
  await expect(atlas.details.getByRole('heading', { level: 2 })).toContainText('Serval');
  // The camera frames the countries the event involves, with Mali: France is named on the map.
  await expect.poll(() => atlas.labelInsideMap('France')).toBe(true);
  await expect(atlas.details.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const link = atlas.details.getByRole('link').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('events are keyboard buttons named by title and year', async ({ atlas, page }) => {
  await atlas.open();
  // A mark of a quiet stretch of its lane: crowded ones are gathered into clusters.
  const button = page.getByRole('button', { name: /Moussa Traoré overthrows Modibo Keïta, 1968/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await atlas.state()).event).not.toBeNull();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1968');
});

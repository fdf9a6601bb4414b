import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface EventRecord {
  id: string;
  date: string;
  category: string;
  [key: string]: unknown;
}
const real = (
  JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as { events: EventRecord[] }
).events;

/** The real events plus 400 made-up political events in 1985, more than a lane can hold. */
function denseEvents(): string {
  const template = real.find((e) => e.category === 'politics');
  if (!template) throw new Error('no political event to copy');
  const extra = Array.from({ length: 400 }, (_, i) => ({
    ...template,
    id: `dense-${String(i)}`,
    date: new Date(Date.UTC(1985, 0, 1 + (i % 360))).toISOString().slice(0, 10),
    precision: 'day',
  }));
  return JSON.stringify({ events: [...real, ...extra] });
}

test('a crowded lane gathers its events into clusters, and a cluster zooms in on them', async ({
  atlas,
  page,
}) => {
  const body = denseEvents();
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await atlas.open('?year=1985');
  const timeline = page.getByRole('region', { name: /Timeline of events/ });
  const politics = timeline.getByRole('group', { name: 'Sovereignty and politics' });
  const clusters = politics.getByRole('button', { name: /events, .* zoom in to see them/ });
  await expect(clusters.first()).toBeVisible();
  const before = await clusters.count();
  // Far fewer marks than events: 400 events in one year of one lane.
  expect(before).toBeLessThan(60);
  await expect(politics.getByRole('button', { name: /, 1985$/ })).toHaveCount(0);

  const reset = timeline.getByRole('button', { name: 'Reset zoom' });
  await expect(reset).toBeDisabled();
  await clusters.first().press('Enter');
  await expect(reset).toBeEnabled();
  await reset.click();
  await expect(reset).toBeDisabled();
  await expect(clusters).toHaveCount(before);

  // The details list the year's first events and offer the rest.
  const showAll = atlas.details.getByRole('button', { name: /^Show all \d+ events$/ });
  await expect(showAll).toBeVisible();
  await showAll.click();
  await expect(showAll).toBeHidden();
  expect(await atlas.details.getByRole('listitem').count()).toBeGreaterThan(400);
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../data/atlasIndex';
import { labelsQuery, shapesQuery } from '../data/queries';
import type { Language } from '../i18n/messages';
import { LanguageContext } from '../i18n/useT';
import type { Tour } from '../lessons/tour';
import { testCountry } from '../test/countries';
import { box, shapesOf } from '../test/shapes';
import { testEvent, testFrance } from '../test/sources';
import { TourHandout } from './TourHandout';

const index = buildAtlasIndex(
  { events: [testEvent({ id: 'serval', date: '2013-01-11', countries: ['FRA'] })] },
  {
    countries: [testCountry('MLI'), testFrance({ since: [], period: [] })],
    historicalCodes: [],
  },
  { organisations: [], presences: [], eras: [] },
);

const tour: Tour = {
  id: 'serval-lesson',
  kind: 'lesson',
  title: { fr: 'Serval, en classe' },
  steps: [
    { year: 2012, caption: { en: 'Before.\nA second line.' }, sources: [] },
    {
      year: 2013,
      country: 'FRA',
      event: 'serval',
      caption: { en: '<script>alert(1)</script> Serval begins.', fr: 'Serval commence.' },
      sources: [],
    },
  ],
};

/** The handout as printed, its map data already loaded (no network in tests). */
function print(lang: Language) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(
    shapesQuery().queryKey,
    shapesOf({ MLI: box(-12.3, 10.1, 4.2, 25), FRA: box(-4.6, 42.3, 8.1, 51.1) }),
  );
  client.setQueryData(labelsQuery().queryKey, { type: 'FeatureCollection', features: [] });
  return render(
    <QueryClientProvider client={client}>
      <LanguageContext.Provider value={lang}>
        <TourHandout index={index} tour={tour} />
      </LanguageContext.Provider>
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

describe('TourHandout', () => {
  it('prints each step’s year, caption and map picture, in the reader’s language', () => {
    const { container } = print('en');
    // The title exists in French only: shown rather than left blank.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Serval, en classe');
    const steps = container.querySelectorAll('section.handout-step');
    expect(steps).toHaveLength(2);
    expect(steps[0]?.querySelector('h3')?.textContent).toBe('Step 1 — 2012');
    expect(steps[1]?.querySelector('h3')?.textContent).toBe('Step 2 — 2013');
    expect(steps[0]?.querySelector('.handout-caption')?.textContent).toBe(
      'Before.\nA second line.',
    );
    expect(steps[0]?.querySelectorAll('svg[role="img"]')).toHaveLength(1);
    expect(steps[1]?.querySelectorAll('svg[role="img"]')).toHaveLength(1);
    // The step's own view: France chosen in step 2 only.
    expect(steps[1]?.querySelector('path[data-code="FRA"]')).not.toBeNull();
    expect(steps[0]?.querySelector('path[data-code="FRA"]')).toBeNull();
    expect(screen.getByText('serval.', { exact: false })).toBeTruthy();
  });

  it('prints a caption as text, never as markup', () => {
    const { container } = print('en');
    const caption = container.querySelectorAll('.handout-caption')[1];
    expect(caption?.textContent).toBe('<script>alert(1)</script> Serval begins.');
    expect(container.querySelector('script')).toBeNull();
  });

  it('falls back to the other language per text, and names steps in the reader’s', () => {
    const { container } = print('fr');
    const steps = container.querySelectorAll('section.handout-step');
    expect(steps[0]?.querySelector('h3')?.textContent).toBe('Étape 1 — 2012');
    expect(steps[0]?.querySelector('.handout-caption')?.textContent).toBe(
      'Before.\nA second line.',
    );
    expect(steps[1]?.querySelector('.handout-caption')?.textContent).toBe('Serval commence.');
  });
});

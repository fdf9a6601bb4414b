import { describe, expect, it } from 'vitest';
import { isoToUtcDate } from '../data/dates';
import { EVENT_CATEGORIES, type AtlasEvent, type EventCategory } from '../data/schemas';
import { testSource } from '../test/sources';
import { createTimeScale, FULL_DOMAIN, type YearDomain } from './focusScale';
import { boxesOverlap, boxInside } from './labelPlacement';
import { estimateTextWidth, type MeasureText } from './textMeasure';
import { fitLaneTitles, layoutTimelineLabels, spanLabelVariants } from './timelineLabels';
import { budgetTimeline } from './timelineLayout';
import { laneNeed, layoutLanes, positionEvents } from './timelineModel';
import type { EraBand, SpanBar } from './timelineSpans';

const measure: MeasureText = estimateTextWidth;

/** A deterministic crowd shaped like the atlas's: a few events a year, many after 2012. */
function crowd(): AtlasEvent[] {
  const events: AtlasEvent[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 220; i++) {
    const year = next() < 0.6 ? 2012 + Math.floor(next() * 14) : 1960 + Math.floor(next() * 52);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const category = EVENT_CATEGORIES[Math.floor(next() * EVENT_CATEGORIES.length)] ?? 'politics';
    const title = 'Mali and its neighbours sign an accord'.slice(0, 12 + Math.floor(next() * 30));
    events.push({
      id: `e${String(i)}`,
      date: `${String(year)}-${month}-15`,
      precision: 'day',
      category,
      title: { en: title, fr: title },
      summary: { en: 's', fr: 's' },
      countries: ['MLI'],
      organisations: [],
      sources: [testSource],
      certainty: 'verified',
    });
  }
  return events;
}

const LANE_NAMES = [
  'Sovereignty and politics',
  'Regional organisations',
  'Security and peacekeeping',
  'Diplomacy',
  'Economy and sanctions',
];

function layout(domain: YearDomain, plotWidth: number, height: number) {
  const events = crowd();
  const scale = createTimeScale(domain, plotWidth);
  const positioned = positionEvents(events, scale);
  const laneTitles = fitLaneTitles(LANE_NAMES, plotWidth, measure);
  const titleEnd = (c: EventCategory) => laneTitles[EVENT_CATEGORIES.indexOf(c)]?.end ?? 0;
  const at = (iso: string) => scale(isoToUtcDate(iso));
  const bar = (
    id: string,
    label: SpanBar['label'],
    kind: SpanBar['kind'],
    from: string,
    to: string,
    row: number,
  ): SpanBar => ({ id, label, kind, from, to, x0: at(from), x1: at(to), row });
  const spans: SpanBar[] = [
    bar('ecowas', { en: 'ECOWAS', fr: 'CEDEAO' }, 'membership', '1975-05-28', '2025-01-29', 0),
    bar('g5s', { en: 'G5 Sahel', fr: 'G5 Sahel' }, 'membership', '2014-02-16', '2022-05-15', 1),
    bar(
      'minusma',
      { en: 'United Nations Mission (MINUSMA)', fr: 'MINUSMA' },
      'presence',
      '2013-07-01',
      '2023-12-31',
      2,
    ),
  ];
  const eras: EraBand[] = [
    {
      id: 'mt',
      name: { en: 'Moussa Traoré: military rule, then one-party state', fr: '' },
      x0: at('1968-11-19'),
      x1: at('1991-03-26'),
    },
    {
      id: 't',
      name: { en: 'Transition: Amadou Toumani Touré', fr: '' },
      x0: at('1991-03-26'),
      x1: at('1992-06-08'),
    },
  ];
  const needs = EVENT_CATEGORIES.map((c) =>
    laneNeed(positioned.get(c) ?? [], titleEnd(c), plotWidth, 40),
  );
  const budget = budgetTimeline(height, { spanRows: 3, lanes: needs });
  const lanes = layoutLanes(positioned, scale, (c) => ({
    maxRows: budget.laneRows[EVENT_CATEGORIES.indexOf(c)] ?? 1,
    titleEnd: titleEnd(c),
  }));
  const labels = layoutTimelineLabels({
    plotWidth,
    budget,
    laneTitles,
    lanes,
    eventTitle: (e) => e.title.en,
    eras,
    eraName: (era) => era.name.en,
    spans: spans.filter((bar) => bar.row < budget.spanRows),
    spanName: (bar) => bar.label.en,
    measure,
  });
  return { labels, budget, events };
}

describe('layoutTimelineLabels', () => {
  const cases: [YearDomain, number, number][] = [
    [FULL_DOMAIN, 1248, 260],
    [FULL_DOMAIN, 1248, 200],
    [FULL_DOMAIN, 992, 380],
    [FULL_DOMAIN, 343, 260],
    [[2019, 2024], 1248, 260],
    [[1980, 1995], 700, 300],
  ];

  it.each(cases)(
    'over %j at %i × %i px, no label overlaps another or leaves the plot',
    (domain, width, height) => {
      const { labels, budget } = layout(domain, width, height);
      const plot = { x0: 0, y0: 0, x1: width, y1: budget.axisTop };
      expect(labels.boxes.length).toBeGreaterThan(5);
      for (const [i, box] of labels.boxes.entries()) {
        expect(boxInside(box, plot)).toBe(true);
        for (const other of labels.boxes.slice(i + 1)) expect(boxesOverlap(box, other)).toBe(false);
      }
    },
  );

  it('shows some titles on both sides of their marks, and drops the rest', () => {
    const { labels, events } = layout(FULL_DOMAIN, 1248, 260);
    const sides = [...labels.eventTitles.values()];
    expect(sides).toContain('right');
    expect(sides.length).toBeLessThan(events.length);
  });

  it('shortens a bar label that does not fit whole, or uses the acronym a name ends with', () => {
    expect(spanLabelVariants('United Nations Mission (MINUSMA)')).toEqual([
      'United Nations Mission (MINUSMA)',
      'MINUSMA',
    ]);
    expect(spanLabelVariants('ECOWAS')).toEqual(['ECOWAS']);
    const { labels } = layout(FULL_DOMAIN, 343, 260);
    expect(labels.eras.get('mt')).toMatch(/…$/);
    expect(labels.eras.has('t')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { en, fr, type MessageKey } from './messages';

/** Words that are the same in both languages. */
const SAME_IN_BOTH = new Set<MessageKey>([
  'year.valueText',
  'event.button',
  'map.tooltip.mali',
  'legend.mali',
  'play.pause',
  'details.sources',
  'present.sources',
  'handout.sources',
  'lesson.field.org',
  'data.sources_one',
  'data.sources_other',
  'details.event.organisations',
  'cite.format.apa',
  'cite.format.chicago',
  'cite.format.bibtex',
  'data.table.organisations',
  'data.table.sources',
  'picture.heading',
]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('have the same keys, all filled', () => {
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(en[key].trim(), key).not.toBe('');
      expect(fr[key].trim(), key).not.toBe('');
    }
  });

  it('translate every message (a French reader meets no English)', () => {
    const untranslated = keys.filter((key) => fr[key] === en[key] && !SAME_IN_BOTH.has(key));
    expect(untranslated).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });
});

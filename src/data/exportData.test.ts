import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from './schemas';
import { eventsToCsv } from './exportData';

const event: AtlasEvent = {
  id: 'a-b',
  date: '1960-09-22',
  precision: 'day',
  category: 'politics',
  title: { en: 'Mali, "the Republic"', fr: 'Le Mali' },
  summary: { en: 'Line one,\nline two', fr: '=SUM(A1)' },
  countries: ['MLI', 'SEN'],
  organisations: ['UN'],
  sources: [{ seed: '004_e2e35c128b143355.txt' }, { url: 'https://example.org/x', title: 'X' }],
  certainty: 'verified',
};

describe('eventsToCsv', () => {
  it('writes a header and one quoted, formula-safe row per event', () => {
    const csv = eventsToCsv([event]);
    const [header, row] = csv.split('\r\n');
    expect(header?.startsWith('id,date,precision,end,category,title_en')).toBe(true);
    expect(row).toContain('"Mali, ""the Republic"""');
    expect(csv).toContain('"Line one,\nline two"');
    expect(csv).toContain("'=SUM(A1)");
    expect(csv).toContain('MLI SEN');
    expect(csv).toContain('seed:004_e2e35c128b143355.txt | X <https://example.org/x>');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

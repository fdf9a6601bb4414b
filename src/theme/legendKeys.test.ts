import { describe, expect, it } from 'vitest';
import { RELATION_STATUSES } from '../data/schemas';
import { en, fr } from '../i18n/messages';
import { legendKeys } from './legendKeys';
import { MAP_COLOURS, STATUS_COLOURS } from './palette';

describe('legendKeys', () => {
  it('names Mali, every status, the uncovered countries and the event lines, in that order', () => {
    expect(legendKeys(false).map((k) => k.id)).toEqual([
      'mali',
      ...RELATION_STATUSES,
      'noData',
      'link',
    ]);
  });

  it('adds the members’ outline only when an organisation is shown', () => {
    const members = legendKeys(true).at(-1);
    expect(members).toMatchObject({ swatch: 'member', colour: MAP_COLOURS.memberOutline });
    expect(legendKeys(false).some((k) => k.id === 'members')).toBe(false);
  });

  it('gives each status its map colour and a message in both languages', () => {
    const keys = legendKeys(true);
    for (const status of RELATION_STATUSES) {
      expect(keys.find((k) => k.id === status)?.colour).toBe(STATUS_COLOURS[status]);
    }
    for (const { message } of keys) {
      expect(en[message]).toBeTruthy();
      expect(fr[message]).toBeTruthy();
    }
  });
});

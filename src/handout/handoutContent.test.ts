import { describe, expect, it } from 'vitest';
import { testEvent, testSource } from '../test/sources';
import { handoutSources } from './handoutContent';

describe('handoutSources', () => {
  it('gives each event its best source once, a first-hand one before an encyclopedia', () => {
    const wiki = { ...testSource, id: 'wiki', kind: 'encyclopedia' as const };
    const rfi = { ...testSource, id: 'rfi', kind: 'broadcaster' as const };
    const events = [
      testEvent({ id: 'a', date: '2013-01-11', sources: [wiki, rfi] }),
      testEvent({ id: 'b', date: '2013-01-12', sources: [rfi] }),
      testEvent({ id: 'c', date: '2013-01-13', sources: [wiki] }),
    ];
    expect(handoutSources(events).map((s) => s.id)).toEqual(['rfi', 'wiki']);
  });
});

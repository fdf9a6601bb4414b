import { describe, expect, it } from 'vitest';
import { createFeatureStateWriter, type FeatureStatePatch } from './featureStates';

describe('createFeatureStateWriter', () => {
  function writer() {
    const sent: [string, FeatureStatePatch][] = [];
    return { sent, states: createFeatureStateWriter((id, patch) => sent.push([id, patch])) };
  }

  it('sends a first value, then nothing while it stays the same', () => {
    const { sent, states } = writer();
    states.set('SEN', { status: 'tense' });
    states.set('SEN', { status: 'tense' });
    expect(sent).toEqual([['SEN', { status: 'tense' }]]);
  });

  it('sends only the keys that changed', () => {
    const { sent, states } = writer();
    states.set('FRA', { status: 'close', selected: false });
    states.set('FRA', { status: 'severed', selected: false });
    states.set('FRA', { selected: true });
    expect(sent).toEqual([
      ['FRA', { status: 'close', selected: false }],
      ['FRA', { status: 'severed' }],
      ['FRA', { selected: true }],
    ]);
  });

  it('keeps each feature apart', () => {
    const { sent, states } = writer();
    states.set('DZA', { hover: true });
    states.set('NER', { hover: true });
    states.set('DZA', { hover: false });
    expect(sent.map(([id]) => id)).toEqual(['DZA', 'NER', 'DZA']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  createFeatureStateWriter,
  createLayerRevealer,
  type FeatureStatePatch,
} from './featureStates';

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

describe('createLayerRevealer', () => {
  const LAYERS = new Map([
    ['hover', 'countries-hover'],
    ['selected', 'countries-selected'],
  ]);

  function revealer() {
    const shown: string[] = [];
    return { shown, reveal: createLayerRevealer(LAYERS, (layer) => shown.push(layer)) };
  }

  it('leaves a layer hidden while its state is only ever false', () => {
    const { shown, reveal } = revealer();
    reveal({ hover: false, selected: false });
    expect(shown).toEqual([]);
  });

  it('shows the layer of the first state it draws, once', () => {
    const { shown, reveal } = revealer();
    reveal({ selected: true });
    reveal({ selected: false });
    reveal({ selected: true, hover: true });
    expect(shown).toEqual(['countries-selected', 'countries-hover']);
  });

  it('ignores the keys no hidden layer draws', () => {
    const { shown, reveal } = revealer();
    reveal({ status: 'close', linked: true });
    expect(shown).toEqual([]);
  });
});

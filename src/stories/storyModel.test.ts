import { describe, expect, it } from 'vitest';
import { clampStep, moveStep, storyKeyAction } from './storyModel';

describe('storyKeyAction', () => {
  it('maps a clicker and the keyboard in presenter mode', () => {
    expect(storyKeyAction('PageDown', true)).toBe('next');
    expect(storyKeyAction('ArrowRight', true)).toBe('next');
    expect(storyKeyAction(' ', true)).toBe('next');
    expect(storyKeyAction('PageUp', true)).toBe('previous');
    expect(storyKeyAction('ArrowLeft', true)).toBe('previous');
    expect(storyKeyAction('Home', true)).toBe('first');
    expect(storyKeyAction('End', true)).toBe('last');
    expect(storyKeyAction('b', true)).toBe('blank');
    expect(storyKeyAction('Escape', true)).toBe('exit');
    expect(storyKeyAction('x', true)).toBeNull();
  });

  it('leaves arrows, Space and Home/End to the page during a guided tour', () => {
    expect(storyKeyAction('PageDown', false)).toBe('next');
    expect(storyKeyAction('ArrowRight', false)).toBeNull();
    expect(storyKeyAction(' ', false)).toBeNull();
    expect(storyKeyAction('Home', false)).toBeNull();
  });
});

describe('moveStep', () => {
  it('moves within the story and stops at its ends', () => {
    expect(moveStep('next', 0, 20)).toBe(1);
    expect(moveStep('next', 19, 20)).toBe(19);
    expect(moveStep('previous', 0, 20)).toBe(0);
    expect(moveStep('last', 3, 20)).toBe(19);
    expect(moveStep('first', 3, 20)).toBe(0);
  });

  it('clamps any step into range', () => {
    expect(clampStep(99, 5)).toBe(4);
    expect(clampStep(-3, 5)).toBe(0);
    expect(clampStep(Number.NaN, 5)).toBe(0);
    expect(clampStep(2, 0)).toBe(0);
  });
});

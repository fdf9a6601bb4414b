import { describe, expect, it } from 'vitest';
import {
  parseEmbedOptions,
  embedOptionParams,
  normaliseOrigin,
  DEFAULT_EMBED_OPTIONS,
} from './embedOptions';
import { readSetMessage } from './hostMessages';

describe('readSetMessage', () => {
  it('accepts a valid set message from any origin when none is required', () => {
    expect(
      readSetMessage({ type: 'mali-atlas:set', year: 2013 }, 'https://a.example', null),
    ).toEqual({
      type: 'mali-atlas:set',
      year: 2013,
    });
  });

  it('ignores messages from another origin than parentOrigin', () => {
    expect(
      readSetMessage(
        { type: 'mali-atlas:set', year: 2013 },
        'https://evil.example',
        'https://a.example',
      ),
    ).toBeNull();
    expect(
      readSetMessage(
        { type: 'mali-atlas:set', year: 2013 },
        'https://a.example',
        'https://a.example',
      ),
    ).not.toBeNull();
  });

  it.each([
    ['a string', 'mali-atlas:set'],
    ['an unknown type', { type: 'mali-atlas:explode' }],
    ['a year out of range', { type: 'mali-atlas:set', year: 1800 }],
    ['a fractional year', { type: 'mali-atlas:set', year: 2013.5 }],
    ['a malformed country', { type: 'mali-atlas:set', country: 'fra' }],
    ['script in an event id', { type: 'mali-atlas:set', event: '<script>' }],
    ['an extra field', { type: 'mali-atlas:set', year: 2013, html: '<b>' }],
    ['null', null],
  ])('ignores %s', (_, data) => {
    expect(readSetMessage(data, 'https://a.example', null)).toBeNull();
  });
});

describe('embed options', () => {
  it('defaults everything on', () => {
    expect(parseEmbedOptions('')).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('reads switches, theme and a parent origin, and writes back only what differs', () => {
    const options = parseEmbedOptions(
      '?timeline=0&panel=false&controls=1&interactive=0&theme=dark&parentOrigin=https://news.example/path',
    );
    expect(options).toEqual({
      timeline: false,
      panel: false,
      controls: true,
      interactive: false,
      theme: 'dark',
      parentOrigin: 'https://news.example',
    });
    expect(embedOptionParams(options).toString()).toBe(
      'timeline=0&panel=0&interactive=0&theme=dark&parentOrigin=https%3A%2F%2Fnews.example',
    );
  });

  it('refuses origins that are not http(s)', () => {
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
    expect(normaliseOrigin('not a url')).toBeNull();
    expect(normaliseOrigin('http://127.0.0.1:4173/x')).toBe('http://127.0.0.1:4173');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from '../embed/embedOptions';
import { INITIAL_STATE } from '../state/store';
import { atlasBase, embedCode, embedUrl, fullAtlasUrl } from './shareLinks';

const base = atlasBase('http://127.0.0.1:4173', '/');
const state = { ...INITIAL_STATE, year: 2013, country: 'FRA', event: 'operation-serval-launched' };

describe('the atlas folder', () => {
  it('is the origin for a root build, whatever page is open', () => {
    expect(atlasBase('http://127.0.0.1:4173/embed.html?year=2013', '/')).toBe(
      'http://127.0.0.1:4173/',
    );
  });

  it('is the base path for a sub-path build', () => {
    expect(atlasBase('https://news.example/mali-atlas/?year=2013', '/mali-atlas/')).toBe(
      'https://news.example/mali-atlas/',
    );
  });

  it("is the page's own folder for a relative build", () => {
    expect(atlasBase('https://school.example/a/b/embed.html#lesson=z', './')).toBe(
      'https://school.example/a/b/',
    );
    expect(atlasBase('https://school.example/a/b/', './')).toBe('https://school.example/a/b/');
  });
});

describe('share links', () => {
  it('link to the full atlas at the current state, with the language', () => {
    expect(fullAtlasUrl(base, state)).toBe(
      'http://127.0.0.1:4173/?year=2013&country=FRA&event=operation-serval-launched&lang=en',
    );
  });

  it('embed URL carries state and display options', () => {
    expect(
      embedUrl(base, state, { ...DEFAULT_EMBED_OPTIONS, timeline: false, theme: 'dark' }),
    ).toBe(
      'http://127.0.0.1:4173/embed.html?year=2013&country=FRA&event=operation-serval-launched&lang=en&timeline=0&theme=dark',
    );
  });

  it('embed code is an iframe with a title, full width, no border, lazy, fullscreen allowed', () => {
    const code = embedCode({
      base,
      state,
      options: DEFAULT_EMBED_OPTIONS,
      title: 'Atlas "Mali" <2013>',
      withResizeScript: true,
    });
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:4173\/embed\.html\?year=2013&amp;country=FRA/,
    );
    expect(iframe).toContain('title="Atlas &quot;Mali&quot; &lt;2013>"');
    for (const part of [
      'width="100%"',
      'style="border:0"',
      'loading="lazy"',
      'allow="fullscreen"',
      'data-mali-atlas',
    ]) {
      expect(iframe).toContain(part);
    }
    expect(iframe).toMatch(/height="\d+"/);
    expect(script).toBe('<script src="http://127.0.0.1:4173/embed.js" async></script>');
  });
});

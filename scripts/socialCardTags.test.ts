import { describe, expect, it } from 'vitest';
import { siteAddress, socialCardTags } from './socialCardTags';

const text = { title: 'Atlas', description: 'About it', imageAlt: 'A map' };
const content = (tags: ReturnType<typeof socialCardTags>, key: string) =>
  tags.find((t) => t.attrs.property === key || t.attrs.name === key)?.attrs.content;

describe('social card tags', () => {
  it('name the picture absolutely when the site address is known', () => {
    const tags = socialCardTags('/mali-atlas/', 'https://owner.github.io/mali-atlas', text);
    expect(content(tags, 'og:image')).toBe('https://owner.github.io/mali-atlas/social-preview.png');
    expect(content(tags, 'twitter:image')).toBe(content(tags, 'og:image'));
    expect(content(tags, 'og:url')).toBe('https://owner.github.io/mali-atlas/');
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
  });

  it('fall back to the base path, and leave og:url out, when it is not', () => {
    const tags = socialCardTags('./', undefined, text);
    expect(content(tags, 'og:image')).toBe('./social-preview.png');
    expect(content(tags, 'og:url')).toBeUndefined();
    expect(socialCardTags('/', '  ', text).find((t) => t.attrs.property === 'og:url')).toBe(
      undefined,
    );
  });

  it('refuse a site address that is not http(s)', () => {
    expect(() => siteAddress('ftp://example.org/')).toThrow(/http\(s\)/);
    expect(() => siteAddress('not a url')).toThrow();
    expect(siteAddress('http://example.org')).toBe('http://example.org/');
  });
});

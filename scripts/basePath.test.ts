import { describe, expect, it } from 'vitest';
import { normalizeBase } from './basePath';

describe('normalizeBase', () => {
  it('is / when nothing is given, as for a site at the root', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase(' / ')).toBe('/');
  });

  it('gives a path a slash at each end, whatever form it came in', () => {
    expect(normalizeBase('/mali-atlas')).toBe('/mali-atlas/');
    expect(normalizeBase('mali-atlas')).toBe('/mali-atlas/');
    expect(normalizeBase('/mali-atlas/')).toBe('/mali-atlas/');
    expect(normalizeBase('//news//atlas//')).toBe('/news/atlas/');
  });

  it('keeps a relative base relative', () => {
    expect(normalizeBase('./')).toBe('./');
    expect(normalizeBase('.')).toBe('./');
  });

  it('refuses a whole address, which belongs in ATLAS_SITE_URL', () => {
    expect(() => normalizeBase('https://example.org/atlas/')).toThrow(/ATLAS_SITE_URL/);
  });
});

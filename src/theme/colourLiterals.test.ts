/**
 * Every colour is written once, in palette.ts: a stylesheet names a role (`var(--muted)`), a
 * component or a paint spec imports the palette. A colour written anywhere else under src/ (a hex
 * colour, rgb(), hsl() and their kin, or a named colour in a stylesheet) fails here.
 */
import { describe, expect, it } from 'vitest';
import { parseCss, readSource, sourceFiles } from '../test/stylesheets';

const PALETTE = 'theme/palette.ts';

const HEX = /(?<![\w&#])#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})\b/gi;
const FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(\s*[\d.]/gi;
/** The named colours one might reach for; transparent, currentColor and inherit are allowed. */
const NAMED =
  /\b(?:black|white|gr[ae]y|silver|red|maroon|orange|yellow|olive|lime|green|teal|aqua|cyan|blue|navy|fuchsia|magenta|purple|pink|brown|gold)\b/i;

function literals(file: string): string[] {
  const text = readSource(file);
  const found = [...text.matchAll(HEX), ...text.matchAll(FUNCTION)].map((m) => m[0]);
  if (file.endsWith('.css')) {
    for (const rule of parseCss(text, file)) {
      for (const [property, value] of rule.declarations) {
        const named = NAMED.exec(value.replace(/'[^']*'|"[^"]*"/g, ''));
        if (named && !property.startsWith('--')) found.push(`${property}: ${named[0]}`);
      }
    }
  }
  return found;
}

describe('colour literals', () => {
  // Tests may write colours: they check what the palette gives (this one, its own patterns).
  const files = sourceFiles(['.css', '.ts', '.tsx']).filter(
    (file) => file !== PALETTE && !/\.test\.tsx?$/.test(file),
  );

  it('finds the stylesheets and components it checks', () => {
    expect(files).toContain('theme/base.css');
    expect(files).toContain('map/MapView.tsx');
  });

  it.each(files)('none in %s', (file) => {
    expect(literals(file)).toEqual([]);
  });

  it('catches each kind it looks for', () => {
    const css = '.a { color: #fff; background: rgba(0, 0, 0, 0.5); border-color: white; }';
    expect([...css.matchAll(HEX), ...css.matchAll(FUNCTION)].map((m) => m[0])).toEqual([
      '#fff',
      'rgba(0',
    ]);
    expect(NAMED.test('1px solid white')).toBe(true);
    expect(NAMED.test('transparent')).toBe(false);
  });
});

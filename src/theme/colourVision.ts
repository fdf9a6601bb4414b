/**
 * Colour-vision checks for the palette: simulates protanopia, deuteranopia and tritanopia
 * (Machado, Oliveira and Fernandes 2009, severity 1) and measures how far apart colours stay
 * (CIE76 ΔE in CIELAB), plus WCAG contrast ratios.
 */
export type Deficiency = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
type Matrix = readonly [number, number, number, number, number, number, number, number, number];

const MACHADO: Record<Exclude<Deficiency, 'normal'>, Matrix> = {
  protanopia: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deuteranopia: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritanopia: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
};

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

export function simulate(hex: string, deficiency: Deficiency): Rgb {
  const linear = hexToRgb(hex).map(toLinear) as Rgb;
  if (deficiency === 'normal') return linear;
  const m = MACHADO[deficiency];
  const [r, g, b] = linear;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [
    clamp(m[0] * r + m[1] * g + m[2] * b),
    clamp(m[3] * r + m[4] * g + m[5] * b),
    clamp(m[6] * r + m[7] * g + m[8] * b),
  ];
}

function linearToLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 distance between two colours as a person with the deficiency sees them. */
export function deltaE(a: string, b: string, deficiency: Deficiency): number {
  const [l1, a1, b1] = linearToLab(simulate(a, deficiency));
  const [l2, a2, b2] = linearToLab(simulate(b, deficiency));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The closest pair of a set of colours, under a deficiency. */
export function closestPair(
  colours: Record<string, string>,
  deficiency: Deficiency,
): { pair: string; deltaE: number } {
  const entries = Object.entries(colours);
  let best = { pair: '', deltaE: Infinity };
  for (const [i, [nameA, a]] of entries.entries()) {
    for (const [nameB, b] of entries.slice(i + 1)) {
      const d = deltaE(a, b, deficiency);
      if (d < best.deltaE) best = { pair: `${nameA}/${nameB}`, deltaE: d };
    }
  }
  return best;
}

/**
 * A colour with alpha, in rgba() or rgb() notation (UI_COLOURS.tooltipBg), as it shows over an
 * opaque one, as a hex colour; an opaque colour is returned as it is.
 */
export function over(colour: string, under: string): string {
  const match = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\)$/.exec(
    colour,
  );
  if (!match) return colour;
  const [, r = '', g = '', b = '', a = '1', percent] = match;
  const alpha = Number(a) / (percent ? 100 : 1);
  const below = hexToRgb(under);
  const mix = [r, g, b].map((c, i) =>
    Math.round(alpha * Number(c) + (1 - alpha) * (below[i] ?? 0)),
  );
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = hexToRgb(hex).map(toLinear) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

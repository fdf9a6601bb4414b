/** The downloads offered: the picture at two sizes, and the map alone as SVG. */
export const PICTURE_FORMATS = ['png', 'png2x', 'svg'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

/** The picture's layout size (16∶9, a slide's shape); a PNG is this times its scale. */
export const PICTURE_SIZE = { width: 1200, height: 675 } as const;

/** Output pixels per layout unit of each PNG: 1200×675 and 2400×1350. */
export const PNG_SCALE = { png: 1, png2x: 2 } as const;

/**
 * Layout units per unit of the map drawing. The map is drawn at its size divided by this and
 * scaled up, so its labels (11.5 units on the page) come out at about 17 px in a 1200 px picture,
 * legible on a slide, and the map frames as much as it does on a screen of that shape.
 */
export const MAP_ZOOM = 1.5;

/** The page's font, then what a system without it has. */
export const PICTURE_FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/**
 * The page's stylesheets as the tests read them: every .css file under src/, parsed into its
 * style rules. A small parser for the CSS this project writes (no nesting, no braces in strings),
 * so the tests can ask what a rule really declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(import.meta.dirname, '..');

export interface StyleRule {
  /** The stylesheet, relative to src/ (or the name given to parseCss). */
  file: string;
  /** Each selector of the rule's list, whitespace collapsed. */
  selectors: string[];
  /** The at-rules around it, outermost first, such as `@media print`. */
  conditions: string[];
  /** Declarations in order; a property declared twice keeps its last value. */
  declarations: Map<string, string>;
}

/** The files under src/ whose names end with one of the extensions, relative to src/. */
export function sourceFiles(extensions: readonly string[], dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(extensions, path).map((f) => join(entry.name, f));
      return extensions.some((ext) => entry.name.endsWith(ext)) ? [entry.name] : [];
    })
    .sort();
}

export function readSource(file: string): string {
  return readFileSync(join(SRC, file), 'utf8');
}

export const stripCssComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '');

const collapse = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The style rules of a stylesheet, in order; @font-face and @page count as rules of their own. */
export function parseCss(css: string, file: string): StyleRule[] {
  const rules: StyleRule[] = [];
  const conditions: string[] = [];
  let text = stripCssComments(css);
  for (;;) {
    const open = text.indexOf('{');
    const close = text.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) {
      conditions.pop();
      text = text.slice(close + 1);
      continue;
    }
    if (open === -1) break;
    const head = collapse(text.slice(0, open));
    const end = text.indexOf('}', open);
    const body = text.slice(open + 1, end);
    if (head.startsWith('@media') || head.startsWith('@supports') || body.includes('{')) {
      conditions.push(head);
      text = text.slice(open + 1);
      continue;
    }
    const declarations = new Map<string, string>();
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon === -1) continue;
      declarations.set(
        collapse(declaration.slice(0, colon)),
        collapse(declaration.slice(colon + 1)),
      );
    }
    rules.push({
      file,
      selectors: head.split(',').map(collapse),
      conditions: [...conditions],
      declarations,
    });
    text = text.slice(end + 1);
  }
  return rules;
}

/** Every style rule of every stylesheet under src/, files in path order. */
export function sourceStyleRules(): StyleRule[] {
  return sourceFiles(['.css']).flatMap((file) => parseCss(readSource(file), file));
}

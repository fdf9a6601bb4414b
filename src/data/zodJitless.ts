/**
 * Zod 4 probes `new Function` to build faster parsers; the atlas's Content-Security-Policy
 * forbids eval, so the probe itself is reported as a violation. Jitless mode parses the same,
 * without the probe. Imported first in main.tsx, before any schema is created.
 */
import { z } from 'zod';

z.config({ jitless: true });

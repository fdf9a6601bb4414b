import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageOfModule, thirdPartyNotice } from './thirdPartyLicences';

describe('packageOfModule', () => {
  it('names plain and scoped packages, on POSIX and Windows paths', () => {
    expect(packageOfModule('/repo/node_modules/react/index.js')).toBe('react');
    expect(packageOfModule('/repo/node_modules/@tanstack/react-query/build/index.js')).toBe(
      '@tanstack/react-query',
    );
    expect(packageOfModule('C:\\repo\\node_modules\\zod\\v4\\index.js')).toBe('zod');
    expect(packageOfModule('\0/repo/node_modules/react/jsx-runtime.js?commonjs-proxy')).toBe(
      'react',
    );
  });

  it('takes the innermost package of a nested node_modules', () => {
    expect(packageOfModule('/r/node_modules/a/node_modules/@b/c/x.js')).toBe('@b/c');
  });

  it("names nothing for the atlas's own modules", () => {
    expect(packageOfModule('/repo/src/main.tsx')).toBeUndefined();
    expect(packageOfModule('\0virtual:palette.css')).toBeUndefined();
  });
});

describe('thirdPartyNotice', () => {
  // Vitest runs from the repository's root.
  const nodeModules = resolve('node_modules');

  it('gives each shipped package its version, licence and licence text, once', () => {
    const notice = thirdPartyNotice(
      ['/x/node_modules/zustand/index.js', '/x/node_modules/zustand/vanilla.js', '/x/src/a.ts'],
      nodeModules,
    );
    expect(notice.match(/^zustand \d+\.\d+\.\d+$/gm)).toHaveLength(1);
    expect(notice).toMatch(/^@fontsource\/noto-sans .*\nLicence: OFL-1\.1$/m);
    expect(notice).toContain('SIL OPEN FONT LICENSE');
    expect(notice).toMatch(/^world-atlas .*\nLicence: ISC$/m);
    expect(notice).not.toMatch(/^react /m);
  });
});

/**
 * The base path a build is given (ATLAS_BASE or `--base`), in the one form Vite and the atlas's
 * links expect: a slash at each end (`/`, `/mali-atlas/`) or a relative `./`. Hosts and tools
 * write it in other forms: GitHub's actions/configure-pages reports `/my-repo` for a project
 * site and an empty path for an account's own site (it drops the trailing slash; some versions
 * kept it), and people type `mali-atlas`.
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = raw?.trim() ?? '';
  if (trimmed === '' || trimmed === '/') return '/';
  if (trimmed === '.' || trimmed === './') return './';
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed)) {
    throw new Error(
      `ATLAS_BASE is a path such as /mali-atlas/, not an address (${trimmed}); give the address as ATLAS_SITE_URL.`,
    );
  }
  const inner = trimmed.replace(/^\/+|\/+$/g, '').replace(/\/{2,}/g, '/');
  return `/${inner}/`;
}

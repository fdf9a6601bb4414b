/**
 * Served by vite.config.ts (scripts/shippedDigests.ts): each data file the data build checked,
 * by name, with the SHA-256 of its bytes in hexadecimal.
 */
declare module 'virtual:data-digests' {
  const digests: Readonly<Record<string, string>>;
  export default digests;
}

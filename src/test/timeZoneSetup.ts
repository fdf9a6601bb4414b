/**
 * Vitest's global setup (vite.config.ts): puts the unit tests fourteen hours ahead of UTC, so a
 * date read or written in local time lands on the wrong day and fails for everyone, wherever
 * they are. Set in Vitest's own process before any worker starts, so forked workers inherit it
 * and threads share it (the `test.env` option reaches forks only: with `--pool=threads`, Node
 * keeps the zone it started with). Set here rather than in the npm script, which cmd.exe would
 * refuse (`TZ=… vitest`). src/test/timeZone.test.ts checks it reaches the tests.
 */
export default function setup(): void {
  process.env.TZ = 'Pacific/Kiritimati';
}

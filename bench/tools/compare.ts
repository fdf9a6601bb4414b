/**
 * Paired cold loads of two builds of the atlas: whoever changes the load can tell a real gain from
 * the machine's noise. Each build gets its own server; every round loads both, in alternating
 * order, in the same browser, and the figure that decides is the median of the paired differences
 * (B minus A), which other work on the machine moves much less than either median.
 *
 *   npm run build && cp -r dist /tmp/before   # then change something
 *   npm run build && npm run bench:compare -- /tmp/before dist [--rounds 11]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureColdLoad, type LoadSample } from '../lib/app.ts';
import { launchBrowser } from '../lib/browser.ts';
import { startAtlasServer } from '../lib/servers.ts';
import { median } from '../lib/stats.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '11' } },
});
const [dirA, dirB] = positionals.map((dir) => resolve(dir));
if (!dirA || !dirB || positionals.length !== 2) {
  throw new Error('usage: npm run bench:compare -- <dist A> <dist B> [--rounds 11]');
}
for (const dir of [dirA, dirB]) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html`);
}
const rounds = Number(values.rounds);

const servers = [await startAtlasServer(dirA), await startAtlasServer(dirB)] as const;
const browser = await launchBrowser();
try {
  // The first page of a fresh browser also starts its GPU process: not counted.
  for (const server of servers) await measureColdLoad(browser, server.origin);
  const loads: [LoadSample[], LoadSample[]] = [[], []];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const side of order)
      loads[side].push(await measureColdLoad(browser, servers[side].origin));
  }
  const figures = [
    ['timeline with its events', (load: LoadSample) => load.timelineMs],
    ['map first idle', (load: LoadSample) => load.mapReadyMs],
  ] as const;
  console.log(`${String(rounds)} rounds; A = ${dirA}, B = ${dirB}`);
  for (const [name, pick] of figures) {
    const a = loads[0].map(pick);
    const b = loads[1].map(pick);
    const paired = b.map((value, i) => value - (a[i] ?? value));
    console.log(
      `${name}: A ${median(a).toFixed(0)} ms, B ${median(b).toFixed(0)} ms, ` +
        `paired B − A ${median(paired).toFixed(0)} ms (A ${a.join(', ')} | B ${b.join(', ')})`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.stop()));
}

/** Helpers that keep every step of the bench bounded in time and every failure reported. */

/** A measurement either gives figures or says why it could not. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export function log(message: string): void {
  const time = new Date().toISOString().slice(11, 19);
  process.stdout.write(`[bench ${time}] ${message}\n`);
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/** Rejects after `ms`: page.evaluate has no timeout of its own. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${label}: timed out after ${String(Math.round(ms / 1000))} s`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one measurement; a failure of the app under test (a timeout, a page error) is a result
 * to report, not a reason to stop the whole bench.
 */
export async function attempt<T>(label: string, run: () => Promise<T>): Promise<Outcome<T>> {
  const started = Date.now();
  log(`${label}…`);
  try {
    const value = await run();
    log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { ok: true, value };
  } catch (error) {
    const text = errorText(error);
    log(`${label}: FAILED (${text})`);
    return { ok: false, error: text };
  }
}

export function mapOutcome<T, U>(outcome: Outcome<T>, map: (value: T) => U): Outcome<U> {
  return outcome.ok ? { ok: true, value: map(outcome.value) } : outcome;
}

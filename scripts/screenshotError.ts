/** A failure the screenshot scripts explain in a sentence, without a stack trace. */
export class ScreenshotError extends Error {}

/** Ends a screenshot script on a failure: the sentence for a known one, the stack otherwise. */
export function reportFailure(script: string): (error: unknown) => void {
  return (error) => {
    const message =
      error instanceof ScreenshotError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    console.error(`${script} failed: ${message}`);
    process.exitCode = 1;
  };
}

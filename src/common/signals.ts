// A cancelled job (SIGTERM, or SIGINT locally) stops the step at once: each action says what it leaves behind.
/** Calls `report` with the signal's name on the first SIGTERM or SIGINT; returns a function that unhooks. */
export function onCancel(report: (signal: string) => void): () => void {
  const handler = (signal: NodeJS.Signals) => report(signal);
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
  return () => {
    process.off('SIGTERM', handler);
    process.off('SIGINT', handler);
  };
}

// A cancelled job (SIGTERM, or SIGINT locally) stops the step at once: each action says what it
// leaves behind, then exits. Passed to the entry points, so tests can cancel a step in-process.

export interface Signals {
  /** Calls `report` with the signal's name on the first SIGTERM or SIGINT; returns a function that unhooks. */
  onCancel(report: (signal: string) => void): () => void;
  /** Ends the process (a cancelled step has no time for promises). */
  exit(code: number): void;
}

export const processSignals: Signals = {
  onCancel(report) {
    const handler = (signal: NodeJS.Signals) => report(signal);
    process.once('SIGTERM', handler);
    process.once('SIGINT', handler);
    return () => {
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
    };
  },
  exit: (code) => process.exit(code),
};

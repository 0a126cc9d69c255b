/** Resolves with the signal's name when the person asks the process to stop (SIGINT or SIGTERM). */
export function waitForStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      resolve(signal);
      // Not at once: signal-exit (loaded later, by proper-lockfile) listens too and, when it runs
      // after this and finds itself alone, ends the process by the signal.
      setImmediate(() => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

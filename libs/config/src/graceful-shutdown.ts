/**
 * Closes a Nest application on SIGTERM or SIGINT and exits 0 once it has closed. For the
 * worker, closing waits for the jobs in hand to finish (BullMQ Worker.close); a second
 * signal exits at once.
 */
export function closeOnSignals(name: string, app: { close(): Promise<void> }): void {
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) process.exit(1);
      closing = true;
      console.log(`${name}: ${signal} received, shutting down`);
      app.close().then(
        () => {
          console.log(`${name}: stopped`);
          process.exit(0);
        },
        (error: unknown) => {
          console.error(`${name}: shutdown failed`, error);
          process.exit(1);
        },
      );
    });
  }
}

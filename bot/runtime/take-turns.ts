/**
 * CPU-bound work run one piece per turn of the event loop, in arrival order. Between two pieces
 * the loop reads new requests and finishes their I/O, so a burst of fifty questions does not
 * hold back the fifty acknowledgements Slack expects within three seconds: each request is
 * acknowledged as soon as it is read, and answered in its turn.
 */
export class TakeTurns {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs `work` after the pieces queued before it, each after the loop's pending I/O. Work that
   * returns a promise holds its turn until the promise settles.
   */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    const next = this.tail.then(
      () =>
        new Promise<T>((resolve, reject) =>
          setImmediate(() => {
            try {
              resolve(work());
            } catch (error) {
              reject(error);
            }
          }),
        ),
    );
    this.tail = next.catch(() => undefined);
    return next;
  }
}

import { afterEach } from 'vitest';

// Vitest's worker waits at most 60 s for the runner to acknowledge each progress report, and the
// acknowledgement is only read when the event loop polls for I/O. Tests that compute for seconds
// without awaiting I/O (building WordNet tables, ingesting the corpus) can chain, test after test,
// past that limit, and the run then fails with "Timeout calling onTaskUpdate" though every test
// passed. Passing through the event loop after each test reads the acknowledgements in time.
afterEach(async () => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
});

import { KnowledgeBase } from '../knowledge/retrieve.js';
import type { Store } from '../knowledge/store.js';
import type { Logger } from './logger.js';

/** How often a running bot looks for a finished ingest (by another process, or `ingest --watch`). */
const CHECK_EVERY_MS = 5000;

/**
 * The knowledge a running bot answers from, swapped for a new one when an ingest completes —
 * no restart. Questions keep getting the old answers while the new index is built; the swap is
 * one assignment, so no question sees half of each.
 */
export class LiveKnowledge {
  private timer: NodeJS.Timeout | undefined;
  private fingerprint = '';

  constructor(
    private current: KnowledgeBase,
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  /** The knowledge base to answer from now. */
  get kb(): KnowledgeBase {
    return this.current;
  }

  /** Starts looking for finished ingests. */
  async start(every = CHECK_EVERY_MS): Promise<void> {
    this.fingerprint = await this.read();
    this.timer = setInterval(() => void this.check(), every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reloads if the documents or indicator tables changed since last looked; true if it did. */
  async check(): Promise<boolean> {
    try {
      const now = await this.read();
      if (now === this.fingerprint) return false;
      this.current = await KnowledgeBase.load(this.store, this.log);
      this.fingerprint = now;
      this.log.info({ documents: this.current.documents.size, passages: this.current.passages.size }, 'new knowledge loaded without a restart');
      return true;
    } catch (error) {
      this.log.error({ err: error }, 'could not load the new knowledge; still answering from the old');
      return false;
    }
  }

  private async read(): Promise<string> {
    const docs = await this.store.documents();
    const tables = await this.store.indicatorHashes();
    return [...docs.map((d) => `${d.id}=${d.hash}`).sort(), ...[...tables].map(([f, h]) => `${f}=${h}`).sort()].join(',');
  }
}

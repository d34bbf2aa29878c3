import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import type { Store } from '../../knowledge/store/store.js';
import type { Logger } from './logger.js';

/**
 * How often a running bot looks for a newly published generation. On PostgreSQL a NOTIFY
 * usually comes first; the poll is the floor under it (a dropped listening connection, sqlite3).
 */
const CHECK_EVERY_MS = 5000;

/**
 * The knowledge a running bot answers from, swapped for a new one when an ingest — by this
 * process, another replica or the CLI — publishes a generation; no restart. Questions keep
 * getting the old answers while the new index is built; the swap is one assignment, so no
 * question sees half of each.
 */
export class LiveKnowledge {
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<boolean> | undefined;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private current: KnowledgeBase,
    private readonly store: Store,
    private readonly log: Logger,
    /** How new knowledge is loaded (see {@link KnowledgeBase.load}). */
    private readonly loadOptions: { searchInStoreAbove?: number } = {},
  ) {}

  /** The knowledge base to answer from now. */
  get kb(): KnowledgeBase {
    return this.current;
  }

  /** Starts looking for new generations: a poll every `every` ms, and the database's push where it has one. */
  async start(every = CHECK_EVERY_MS): Promise<void> {
    this.timer = setInterval(() => void this.check(), every);
    this.timer.unref();
    try {
      this.unlisten = await this.store.onGeneration(() => void this.check());
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'cannot listen for new knowledge; polling only');
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
  }

  /** Reloads if a generation was published since the one loaded; true if it did. */
  check(): Promise<boolean> {
    // One load at a time; a check asked for meanwhile shares it, and the next poll catches up.
    this.loading ??= this.reload().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async reload(): Promise<boolean> {
    try {
      const now = await this.store.generation();
      // Against the generation the knowledge was read from, so one published while it was
      // being loaded is picked up too.
      if (now === this.current.generation) return false;
      this.current = await KnowledgeBase.load(this.store, this.log, this.loadOptions);
      this.log.info({ generation: this.current.generation, documents: this.current.documents.size, passages: this.current.passageCount }, 'new knowledge loaded without a restart');
      return true;
    } catch (error) {
      this.log.error({ err: error }, 'could not load the new knowledge; still answering from the old');
      return false;
    }
  }
}

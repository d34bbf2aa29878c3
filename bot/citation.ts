import type { KnowledgeBase } from '../knowledge/retrieve.js';
import type { Passage } from '../knowledge/types.js';
import type { Citation } from './answer.js';

/** The citation for a passage: its document's title, publisher and date, and its section path. */
export function citationOf(passage: Passage, kb: KnowledgeBase): Citation {
  const doc = kb.documents.get(passage.docId);
  return {
    docId: passage.docId,
    title: doc?.title ?? passage.docId,
    publisher: doc?.publisher ?? '',
    docDate: doc?.date ?? '',
    section: passage.section.join(' › '),
  };
}

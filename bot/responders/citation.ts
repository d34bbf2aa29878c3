import type { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import type { Passage } from '../../knowledge/types.js';
import type { Citation } from '../answer.js';

/**
 * A source as a citation line names it: "Title (Publisher, 2024-07), Section". An undated
 * document shows no date rather than a made-up one.
 */
export function citedSource(c: Pick<Citation, 'title' | 'publisher' | 'docDate' | 'section'>): string {
  const said = [c.publisher, c.docDate.slice(0, 7)].filter(Boolean).join(', ');
  return `${c.title}${said ? ` (${said})` : ''}${c.section ? `, ${c.section}` : ''}`;
}

/** The citation for a passage: its document's title, publisher and date, and its section path (without the title again). */
export function citationOf(passage: Passage, kb: KnowledgeBase): Citation {
  const doc = kb.documents.get(passage.docId);
  return {
    docId: passage.docId,
    title: doc?.title ?? passage.docId,
    publisher: doc?.publisher ?? '',
    docDate: doc?.date ?? '',
    // A document whose first heading is its title ("# Hate Crimes, 2015/16") names it once.
    section: (doc && passage.section[0]?.trim() === doc.title.trim() ? passage.section.slice(1) : passage.section).join(' › '),
    ...(doc?.url ? { url: pageLink(doc.url, doc.file, passage.section) } : {}),
  };
}

/**
 * A PDF's link opened at the passage's page ("…/plan.pdf#page=7", which PDF viewers honour): the
 * PDF reader ends each passage's section with its page. Any other link is left as it is.
 */
function pageLink(url: string, file: string, section: string[]): string {
  const page = /^p\. (\d+)$/.exec(section.at(-1) ?? '');
  if (!page || !/\.pdf$/i.test(file) || url.includes('#')) return url;
  return `${url}#page=${page[1]}`;
}

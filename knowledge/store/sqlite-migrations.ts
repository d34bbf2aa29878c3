/**
 * The sqlite3 schema, one step per version: a database at version n runs steps n+1… at start. Steps are
 * only ever added, never edited, so every older database upgrades the same way.
 */
export const MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT NOT NULL,
     date TEXT NOT NULL, kind TEXT NOT NULL, hash TEXT NOT NULL, ingested_at TEXT NOT NULL,
     passage_count INTEGER NOT NULL);
   CREATE TABLE passages (
     id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     ord INTEGER NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
     "end" INTEGER NOT NULL, locations TEXT NOT NULL, periods TEXT NOT NULL);
   CREATE INDEX passages_doc ON passages(doc_id, ord);
   CREATE TABLE acronyms (
     doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     short TEXT NOT NULL, long TEXT NOT NULL, context TEXT NOT NULL);`,
  `CREATE TABLE figures (
     id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     passage_id TEXT NOT NULL, kind TEXT NOT NULL, measure TEXT NOT NULL, unit TEXT NOT NULL,
     number REAL NOT NULL, period_start TEXT, period_end TEXT, body TEXT NOT NULL);
   CREATE INDEX figures_passage ON figures(passage_id);`,
  `CREATE TABLE indicator_tables (file TEXT PRIMARY KEY, hash TEXT NOT NULL, loaded_at TEXT NOT NULL);
   CREATE TABLE indicators (
     file TEXT NOT NULL REFERENCES indicator_tables(file) ON DELETE CASCADE,
     line INTEGER NOT NULL, indicator TEXT NOT NULL, period_end TEXT NOT NULL, body TEXT NOT NULL);
   CREATE INDEX indicators_name ON indicators(indicator, period_end);`,
  `CREATE TABLE search_index (key TEXT PRIMARY KEY, body TEXT NOT NULL, saved_at TEXT NOT NULL);`,
  `CREATE TABLE handled_events (platform TEXT NOT NULL, id TEXT NOT NULL, handled_at TEXT NOT NULL, PRIMARY KEY (platform, id));`,
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL, platform TEXT NOT NULL, channel_kind TEXT,
     user_hash TEXT, query TEXT NOT NULL, intent TEXT NOT NULL, status TEXT NOT NULL, top_doc TEXT);
   CREATE INDEX questions_time ON questions(asked_at);
   CREATE INDEX questions_user ON questions(user_hash);
   CREATE TABLE digest_subscriptions (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, reference TEXT, subscribed_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id));
   CREATE TABLE digest_runs (
     week TEXT NOT NULL, platform TEXT NOT NULL, channel_id TEXT NOT NULL, state TEXT NOT NULL,
     claimed_at TEXT NOT NULL, claimed_by TEXT NOT NULL, sent_at TEXT, attempts INTEGER NOT NULL DEFAULT 0, error TEXT,
     PRIMARY KEY (week, platform, channel_id));
   ALTER TABLE documents ADD COLUMN first_ingested_at TEXT;
   ALTER TABLE indicators ADD COLUMN first_seen TEXT;`,
  `ALTER TABLE passages ADD COLUMN quotable TEXT;
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY, given_at TEXT NOT NULL, platform TEXT NOT NULL, user_hash TEXT,
     query TEXT NOT NULL, verdict TEXT NOT NULL, comment TEXT, top_doc TEXT);
   CREATE INDEX feedback_time ON feedback(given_at);`,
  `ALTER TABLE figures ADD COLUMN ord INTEGER;
   ALTER TABLE acronyms ADD COLUMN ord INTEGER;
   CREATE TABLE knowledge_state (id INTEGER PRIMARY KEY, generation INTEGER NOT NULL, published_at TEXT NOT NULL);
   CREATE TABLE rate_counts (key TEXT NOT NULL, window_start TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (key, window_start));`,
  // Passages' search terms (already stemmed, one token each), for a corpus too large to search
  // in memory: FTS5 picks the candidates. Two tables, one serving while the other is rebuilt for
  // a new generation; the state row says which is current.
  `CREATE VIRTUAL TABLE passage_search_a USING fts5(
     id UNINDEXED, text, section, expansions, tokenize = "unicode61 remove_diacritics 0 tokenchars '.,-_'");
   CREATE VIRTUAL TABLE passage_search_b USING fts5(
     id UNINDEXED, text, section, expansions, tokenize = "unicode61 remove_diacritics 0 tokenchars '.,-_'");
   CREATE TABLE passage_search_state (
     id INTEGER PRIMARY KEY, generation INTEGER NOT NULL, current TEXT NOT NULL, passages INTEGER NOT NULL,
     text_length REAL NOT NULL, section_length REAL NOT NULL, expansions_length REAL NOT NULL,
     frequencies TEXT NOT NULL);`,
  // What each data file looked like when last hashed, so a start reads only files that changed.
  `CREATE TABLE source_stamps (file TEXT PRIMARY KEY, stamp TEXT NOT NULL, hash TEXT NOT NULL);`,
  // What a corpus's question words may also be found as (WordNet and the glossary, built once per corpus).
  `CREATE TABLE word_alternatives (key TEXT PRIMARY KEY, body TEXT NOT NULL, saved_at TEXT NOT NULL);`,
  // A Teams channel subscription was keyed on the thread it was made in ("19:…;messageid=…"):
  // key it on the channel, one subscription per channel (one of a channel's threads is kept).
  `UPDATE OR IGNORE digest_subscriptions SET channel_id = substr(channel_id, 1, instr(channel_id, ';messageid=') - 1)
     WHERE platform = 'teams' AND instr(channel_id, ';messageid=') > 0;
   DELETE FROM digest_subscriptions WHERE platform = 'teams' AND instr(channel_id, ';messageid=') > 0;
   UPDATE OR IGNORE digest_runs SET channel_id = substr(channel_id, 1, instr(channel_id, ';messageid=') - 1)
     WHERE platform = 'teams' AND instr(channel_id, ';messageid=') > 0;
   DELETE FROM digest_runs WHERE platform = 'teams' AND instr(channel_id, ';messageid=') > 0;`,
  // A list item reads on from its lead-in ("… were as follows:"): which passage that is.
  `ALTER TABLE passages ADD COLUMN leans_on TEXT;`,
  // A request acknowledged but not yet answered, kept so a restart answers what a crash left.
  `CREATE TABLE held_requests (platform TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (platform, id));`,
  // Who subscribed a channel to the digest (their platform id), told if a week's post fails there.
  `ALTER TABLE digest_subscriptions ADD COLUMN subscribed_by TEXT;`,
  // Where a document can be opened (the catalog's url), so citations can link to it.
  `ALTER TABLE documents ADD COLUMN url TEXT;`,
  // Which question each sent answer message answered: a platform's own feedback on a message
  // (Teams' feedback loop) names only the message, and is recorded with the question.
  `CREATE TABLE sent_answers (platform TEXT NOT NULL, message_id TEXT NOT NULL, query TEXT NOT NULL, sent_at TEXT NOT NULL, PRIMARY KEY (platform, message_id));`,
  // Which version of the search terms a full-text build holds: one made by another is made again.
  `ALTER TABLE passage_search_state ADD COLUMN terms_version TEXT NOT NULL DEFAULT '';`
];

/** The version a fully migrated database is at. */
export const SCHEMA_VERSION = MIGRATIONS.length;

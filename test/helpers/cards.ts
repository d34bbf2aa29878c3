import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Microsoft's parser. Its ES build imports without file extensions, which Node refuses; the
// UMD bundle the package ships beside it loads as it is.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

/**
 * What Microsoft's Adaptive Cards parser finds wrong with a card: unknown elements or actions,
 * bad property values, duplicate ids. Empty for a card Teams renders as written.
 */
export function cardProblems(json: Record<string, unknown>): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const parsing = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  const validating = card.validateProperties().validationEvents.map((e) => e.message);
  return [...parsing, ...validating];
}

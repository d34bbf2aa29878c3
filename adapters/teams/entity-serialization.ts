import { createRequire } from 'node:module';

/**
 * botbuilder 4.23.3 serialises outgoing entities with a mapper that knows only `type`, `text`
 * and `mentioned`, so everything else on an entity — the citation list Teams numbers [1], [2] —
 * is dropped on the way to the connector (botbuilder-js issue #4902, fixed upstream, not yet
 * released). Letting the Entity mapper carry additional properties keeps them. Remove this
 * file once a botbuilder release includes the fix.
 */
export function keepEntityProperties(): void {
  const require = createRequire(import.meta.url);
  const mappers = require('botframework-connector/lib/connectorApi/models/mappers.js') as {
    Entity: { type: { additionalProperties?: unknown } };
  };
  mappers.Entity.type.additionalProperties ??= { type: { name: 'Object' } };
}

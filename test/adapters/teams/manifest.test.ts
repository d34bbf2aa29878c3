import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator, type Schema } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIND_QUOTE_COMMAND } from '../../../adapters/teams/app.js';
import { parseQuery } from '../../../bot/intents.js';
import { projectRoot } from '../../helpers/knowledge.js';

/**
 * The Teams app package (appPackage/manifest.json and its icons) checked against the manifest
 * JSON schema @microsoft/app-manifest ships, against Teams' limits written out with zod (so the
 * check stands even without that package), and against what the code actually handles.
 */

const appPackage = path.join(projectRoot, 'appPackage');
const manifestPath = path.join(appPackage, 'manifest.json');
const hasManifest = existsSync(manifestPath);
/** What `npm run teams:package` puts in place of `${{MICROSOFT_APP_ID}}` when none is set. */
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

/** Manifest paths with a known, tracked problem, left out of the checks below (none now). */
const KNOWN_PROBLEM_PATHS: string[] = [];
/** Commands the manifest lists that the bot does not handle yet (none now). */
const KNOWN_UNHANDLED_COMMANDS: string[] = [];

type Manifest = {
  manifestVersion: string;
  id: string;
  developer: { name: string };
  icons: { color: string; outline: string };
  bots?: { botId: string; scopes: string[]; commandLists?: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  composeExtensions?: {
    botId?: string;
    commands: { id: string; type?: string; title: string; parameters?: { name: string; title: string }[] }[];
  }[];
} & Record<string, unknown>;

function loadManifest(): Manifest {
  return JSON.parse(readFileSync(manifestPath, 'utf8').replaceAll('${{MICROSOFT_APP_ID}}', PLACEHOLDER_ID)) as Manifest;
}

function schemaPathFor(manifestVersion: string): string {
  return path.join(projectRoot, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/** `instance.developer.name` → `developer.name`; `instance.bots[0].botId` → `bots.0.botId`. */
function schemaErrorPath(property: string): string {
  return property.replace(/^instance\.?/, '').replace(/\[(\d+)\]/g, '.$1');
}

function schemaErrors(manifest: unknown, schema: Schema): { path: string; message: string }[] {
  return new Validator().validate(manifest, schema).errors.map((e) => ({ path: schemaErrorPath(e.property), message: e.stack }));
}

const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'must be a GUID');
const https = z.url({ protocol: /^https$/ });
const scope = z.enum(['personal', 'team', 'groupChat']);
const iconFile = z.string().refine((f) => !path.isAbsolute(f) && existsSync(path.join(appPackage, f)), 'must name a file in appPackage/');

/** Teams' required fields and limits, as the v1.19 schema and the store validation state them. */
const ManifestLimits = z.object({
  manifestVersion: z.string().regex(/^1\.\d+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be semver'),
  id: guid,
  developer: z.object({
    name: z.string().min(1).max(32),
    websiteUrl: https,
    privacyUrl: https,
    termsOfUseUrl: https,
  }),
  name: z.object({ short: z.string().min(1).max(30), full: z.string().min(1).max(100) }),
  description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.object({ color: iconFile, outline: iconFile }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be #RRGGBB'),
  bots: z
    .array(
      z.object({
        botId: guid,
        scopes: z.array(scope).min(1),
        commandLists: z
          .array(
            z.object({
              scopes: z.array(scope).min(1),
              commands: z.array(z.object({ title: z.string().min(1).max(32), description: z.string().min(1).max(128) })).max(10),
            }),
          )
          .max(3)
          .optional(),
      }),
    )
    .min(1)
    .max(1),
  composeExtensions: z
    .array(
      z.object({
        botId: guid,
        commands: z
          .array(
            z.object({
              id: z.string().min(1).max(64),
              type: z.literal('query'),
              title: z.string().min(1).max(32),
              description: z.string().max(128).optional(),
              parameters: z.array(z.object({ name: z.string().min(1).max(64), title: z.string().min(1).max(32) })).min(1).max(5),
            }),
          )
          .min(1)
          .max(10),
      }),
    )
    .max(1)
    .optional(),
});

function limitIssues(manifest: unknown): { path: string; message: string }[] {
  const result = ManifestLimits.safeParse(manifest);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: `${i.path.join('.')}: ${i.message}` }));
}

const unknown = (problems: { path: string; message: string }[]) => problems.filter((p) => !KNOWN_PROBLEM_PATHS.includes(p.path)).map((p) => p.message);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; colourType: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! };
}

/** A manifest that meets every limit, to show the checks accept what they should. */
function goodManifest(): Record<string, unknown> {
  return {
    manifestVersion: '1.19',
    version: '1.0.0',
    id: PLACEHOLDER_ID,
    developer: { name: 'GMCA', websiteUrl: 'https://example.org', privacyUrl: 'https://example.org/privacy', termsOfUseUrl: 'https://example.org/terms' },
    icons: { color: 'color.png', outline: 'outline.png' },
    name: { short: 'Standing Together', full: 'Standing Together' },
    description: { short: 'Cited figures.', full: 'Cited figures from the plan.' },
    accentColor: '#1F3A68',
    bots: [{ botId: PLACEHOLDER_ID, scopes: ['personal'], commandLists: [{ scopes: ['personal'], commands: [{ title: 'help', description: 'What it does' }] }] }],
    composeExtensions: [{ botId: PLACEHOLDER_ID, commands: [{ id: 'findQuote', type: 'query', title: 'Find a quote', parameters: [{ name: 'query', title: 'Topic' }] }] }],
  };
}

/** Breaks one limit of each kind the checks must catch. */
function badManifest(): Record<string, unknown> {
  const m = goodManifest() as ReturnType<typeof goodManifest> & Record<string, any>;
  m.id = 'not-a-guid';
  m.name.short = 'x'.repeat(31);
  m.description.short = 'x'.repeat(81);
  m.accentColor = 'blue';
  m.bots[0].scopes = ['personal', 'everywhere'];
  m.bots[0].commandLists[0].commands = Array.from({ length: 11 }, (_, i) => ({ title: `c${i}`, description: 'd' }));
  m.composeExtensions[0].commands[0].title = 'y'.repeat(33);
  return m;
}

describe.skipIf(!hasManifest)('Teams app manifest (appPackage/manifest.json)', () => {
  const manifest = hasManifest ? loadManifest() : ({} as Manifest);
  const schemaPath = hasManifest ? schemaPathFor(manifest.manifestVersion) : '';
  const hasSchema = hasManifest && existsSync(schemaPath);

  it.skipIf(!hasSchema)('validates against the MicrosoftTeams.schema.json @microsoft/app-manifest ships for its manifestVersion', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
    expect(unknown(schemaErrors(manifest, schema))).toEqual([]);
  });

  it.skipIf(!hasSchema)('the schema check is not vacuous: it accepts a good manifest and names what is wrong with a bad one', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
    expect(schemaErrors(goodManifest(), schema)).toEqual([]);
    const paths = schemaErrors(badManifest(), schema).map((e) => e.path);
    for (const p of ['id', 'name.short', 'description.short', 'accentColor', 'bots.0.scopes.1', 'bots.0.commandLists.0.commands', 'composeExtensions.0.commands.0.title']) {
      expect(paths, p).toContain(p);
    }
  });

  it('meets Teams limits on names, descriptions, colours, ids and commands', () => {
    expect(unknown(limitIssues(manifest))).toEqual([]);
  });

  it('the limit check is not vacuous: it accepts a good manifest and catches a bad one', () => {
    expect(limitIssues(goodManifest())).toEqual([]);
    const paths = limitIssues(badManifest()).map((i) => i.path);
    for (const p of ['id', 'name.short', 'description.short', 'accentColor', 'bots.0.scopes.1', 'bots.0.commandLists.0.commands', 'composeExtensions.0.commands.0.title']) {
      expect(paths, p).toContain(p);
    }
  });

  it('fills the same app id into id, the bot and the message extension', () => {
    const raw = readFileSync(manifestPath, 'utf8');
    expect(raw).toContain('${{MICROSOFT_APP_ID}}');
    expect(manifest.bots?.[0]?.botId).toBe(manifest.id);
    for (const ext of manifest.composeExtensions ?? []) expect(ext.botId).toBe(manifest.id);
  });

  it('ships a 192×192 colour icon and a 32×32 outline icon with transparency', () => {
    const color = pngSize(path.join(appPackage, manifest.icons.color));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = pngSize(path.join(appPackage, manifest.icons.outline));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // Colour types 4 and 6 carry an alpha channel; Teams wants the outline on a transparent ground.
    expect([4, 6]).toContain(outline.colourType);
  });

  it('declares the message extension the adapter serves: findQuote, a query with a "query" parameter', () => {
    const commands = (manifest.composeExtensions ?? []).flatMap((e) => e.commands);
    const findQuote = commands.find((c) => c.id === FIND_QUOTE_COMMAND);
    expect(findQuote, `a compose extension command with id ${FIND_QUOTE_COMMAND}`).toBeDefined();
    expect(findQuote!.type).toBe('query');
    // adapters/teams/app.ts reads the search words from the parameter named "query".
    expect(findQuote!.parameters?.map((p) => p.name)).toContain('query');
  });

  it('lists only bot commands the bot understands as commands (help, quote, …)', () => {
    const titles = (manifest.bots ?? []).flatMap((b) => (b.commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title)));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles.filter((t) => !KNOWN_UNHANDLED_COMMANDS.includes(t))) {
      // A command word is recognised as such, not searched for as a topic.
      expect(parseQuery(title).intent, title).not.toBe('passage');
    }
  });

  it('developer.name fits the 32 characters Teams allows', () => {
    expect(manifest.developer.name.length).toBeLessThanOrEqual(32);
  });

  it('every listed bot command is handled as a command', () => {
    const titles = (manifest.bots ?? []).flatMap((b) => (b.commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title)));
    for (const title of titles) expect(parseQuery(title).intent, title).not.toBe('passage');
  });
});

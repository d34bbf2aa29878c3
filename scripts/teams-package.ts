/**
 * `npm run teams:package`: zips appPackage/ (manifest and icons) into
 * appPackage/build/standing-together.zip for upload to Teams, with the bot's app id filled in
 * from MICROSOFT_APP_ID.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { readConfig } from '../bot/runtime/config.js';
import { reportFailure } from '../bot/errors.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'appPackage');
/** Used when no app id is configured, so the package can still be checked and sideloaded for a test. */
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

try {
  const appId = readConfig(process.env, { serving: false }).teams?.appId;
  if (!appId) console.error(`teams:package: MICROSOFT_APP_ID is not set; using ${PLACEHOLDER_ID} (replace it before uploading to a tenant)`);
  const manifest = readFileSync(path.join(dir, 'manifest.json'), 'utf8').replaceAll('${{MICROSOFT_APP_ID}}', appId ?? PLACEHOLDER_ID);
  JSON.parse(manifest); // fail here, not in Teams, on a broken manifest
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifest));
  zip.addLocalFile(path.join(dir, 'color.png'));
  zip.addLocalFile(path.join(dir, 'outline.png'));
  mkdirSync(path.join(dir, 'build'), { recursive: true });
  const out = path.join(dir, 'build', 'standing-together.zip');
  zip.writeZip(out);
  console.log(`teams:package: wrote ${path.relative(root, out)}`);
} catch (error) {
  console.error(`teams:package: ${reportFailure(error)}`);
  process.exitCode = 1;
}

// `npm run extract -- <file>`: prints the requirement model of one sxs page as JSON on stdout,
// and the parser's and extractor's diagnostics on stderr. Exit code 1 when any is an error.
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../src/sxs/diagnostics.ts';
import { parseSxs } from '../src/sxs/parse-sxs.ts';
import { extractRequirements } from '../src/requirements/extract-requirements.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run extract -- <file.md>');
  process.exit(2);
}
const doc = parseSxs(readFileSync(file), { file });
const { model, diagnostics } = extractRequirements(doc);
process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
const all = [...doc.diagnostics, ...diagnostics];
for (const d of all) console.error(formatDiagnostic(d));
process.exitCode = all.some((d) => d.severity === 'error') ? 1 : 0;

// `npm run extract -- <file>`: prints the requirement model of one sxs page as JSON on stdout,
// and on stderr the parser's and extractor's diagnostics, then the extraction report: how many
// requirements were typed and which were kept whole to confirm, with why. Exit code 1 when any
// diagnostic is an error.
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
const { model, diagnostics, report } = extractRequirements(doc);
process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
const all = [...doc.diagnostics, ...diagnostics];
for (const d of all) console.error(formatDiagnostic(d));
console.error(`${file}: ${report.typed} requirement(s) typed, ${report.confirm} kept whole to confirm`);
for (const r of model.options.flatMap((o) => o.levels.flatMap((l) => l.requirements))) {
  if (r.kind === 'confirm') console.error(`  ${r.id}: ${r.reasons.map((x) => `${x.ruleId} (${x.reason})`).join('; ')}`);
}
process.exitCode = all.some((d) => d.severity === 'error') ? 1 : 0;

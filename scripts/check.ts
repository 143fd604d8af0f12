// `npm run check -- <source.md> --answers <answers.json>`: evaluates a partner's answers
// (the format of /data/answers.schema.json) against a page's requirements and prints the
// verdicts as JSON on stdout. Exit code 1 when the answers name parts the page does not
// have (each named on stderr), 2 for usage or unreadable files.
import { readFileSync } from 'node:fs';
import { parseSxs } from '../src/sxs/parse-sxs.ts';
import { checkPage } from '../src/eligibility/check-page.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--answers');
const file = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
const answersFile = at >= 0 ? args[at + 1] : undefined;
if (!file || !answersFile) {
  console.error('Usage: npm run check -- <source.md> --answers <answers.json>');
  process.exit(2);
}
let result;
try {
  result = checkPage(parseSxs(readFileSync(file), { file }), JSON.parse(readFileSync(answersFile, 'utf8')));
} catch (e) {
  console.error(`check: ${(e as Error).message}`);
  process.exit(2);
}
if ('problems' in result) {
  for (const p of result.problems) console.error(`${answersFile}: ${p}`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(result.ok, null, 2)}\n`);

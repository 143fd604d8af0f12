// `npm run xliff:export`: sxs sources → XLIFF 2.0 for translators (see docs/qa.md).
import { xliffExportCommand } from '../src/xliff/xliff-commands.js';

process.exitCode = xliffExportCommand(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });

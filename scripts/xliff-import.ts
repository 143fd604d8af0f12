// `npm run xliff:import`: translated XLIFF 2.0 → target spans of the sxs sources (see docs/qa.md).
import { xliffImportCommand } from '../src/xliff/xliff-commands.js';

process.exitCode = xliffImportCommand(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });

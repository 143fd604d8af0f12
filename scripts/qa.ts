// `npm run qa`: localization QA over sxs sources (see docs/qa.md).
import { qaCommand } from '../src/qa/qa-command.js';

process.exitCode = qaCommand(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });

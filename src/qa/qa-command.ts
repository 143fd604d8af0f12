// `npm run qa -- <file-or-folder>… [--json out.json] [--sarif out.sarif] [--config f]`:
// checks sources, prints findings grouped by file, writes reports, and tells the exit code
// (1 when any error is found, 2 when the command itself was misused).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatSarif } from './format-sarif.js';
import { formatTextReport } from './format-text-report.js';
import { loadQaConfig } from './load-qa-config.js';
import { readSources } from './read-sources.js';
import { runQa } from './run-qa.js';
import { buildQaReport } from './summarize-diagnostics.js';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const QA_USAGE = 'Usage: npm run qa -- <file-or-folder>… [--json out.json] [--sarif out.sarif] [--config tandem-qa.json]';

export function qaCommand(argv: string[], io: CommandIo): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'string' }, sarif: { type: 'string' }, config: { type: 'string' } } });
  } catch (error) {
    io.err(`Unexpected arguments: ${(error as Error).message}, expected:\n${QA_USAGE}\n`);
    return 2;
  }
  const paths = args.positionals.length ? args.positionals : ['content'];
  let config;
  let docs;
  try {
    config = loadQaConfig(args.values.config);
    docs = readSources(paths);
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }
  const ds = runQa(docs, { config });
  io.out(formatTextReport(ds, docs.length));
  if (args.values.json) writeFileSync(args.values.json, JSON.stringify(buildQaReport(ds, docs), null, 2) + '\n');
  if (args.values.sarif) writeFileSync(args.values.sarif, JSON.stringify(formatSarif(ds), null, 2) + '\n');
  return ds.some((d) => d.severity === 'error') ? 1 : 0;
}

// `npm run qa -- <file-or-folder>… [--json out.json] [--sarif out.sarif] [--config f]`:
// checks sources, prints findings grouped by file, writes reports, and tells the exit code
// (1 when any error is found, 2 when the command itself was misused).
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSarif } from './format-sarif.js';
import { formatTextReport } from './format-text-report.js';
import { loadQaConfig } from './load-qa-config.js';
import { readSources } from './read-sources.js';
import { runQa } from './run-qa.js';
import { buildQaReport } from './summarize-diagnostics.js';
import { sortDiagnostics } from '../sxs/diagnostics.js';
import { compareFolder } from '../source-changes/compare-folder.js';
import { changeReport, folderChangeDiagnostics, formatChangeSummary } from '../source-changes/source-change-diagnostics.js';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const QA_USAGE = 'Usage: npm run qa -- <file-or-folder>… [--against <current English folder>] [--json out.json] [--sarif out.sarif] [--config tandem-qa.json]';

export function qaCommand(argv: string[], io: CommandIo): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'string' }, sarif: { type: 'string' }, config: { type: 'string' }, against: { type: 'string' } } });
  } catch (error) {
    io.err(`Unexpected arguments: ${(error as Error).message}, expected:\n${QA_USAGE}\n`);
    return 2;
  }
  const paths = args.positionals.length ? args.positionals : ['content'];
  const missing = [
    ...paths.filter((p) => !existsSync(p)).map((p) => missingPath(p, 'an sxs source (.md) or a folder of them', 'Check the spelling, or run it from the folder the path is relative to.')),
    ...(args.values.config && !existsSync(args.values.config) ? [missingPath(args.values.config, 'a QA configuration file (JSON)', 'Leave out --config to use tandem-qa.json.')] : []),
    ...(args.values.against && !existsSync(args.values.against) ? [missingPath(args.values.against, 'a folder of the current English markdown', 'Give the folder of the English documentation the translations were made from, as it is today.')] : []),
  ];
  if (missing.length) {
    io.err(`${missing.join('\n')}\n${QA_USAGE}\n`);
    return 2;
  }
  let config;
  let docs;
  try {
    config = loadQaConfig(args.values.config);
    docs = readSources(paths);
  } catch (error) {
    // A path that went away between the check and the read is still named, not shown as a raw ENOENT.
    const e = error as NodeJS.ErrnoException;
    io.err(`${e.code === 'ENOENT' && e.path ? missingPath(e.path, 'a file or folder to read', 'Check that it still exists.') : e.message}\n`);
    return 2;
  }
  // Held against the current English, each source is found by its path below the first folder given.
  const changes = args.values.against ? compareFolder(docs, args.values.against, { translationsRoot: paths[0] }) : undefined;
  const ds = changes ? sortDiagnostics([...runQa(docs, { config }), ...folderChangeDiagnostics(changes)]) : runQa(docs, { config });
  io.out(formatTextReport(ds, docs.length));
  if (changes) io.out(formatChangeSummary(changes));
  if (args.values.json) writeFileSync(args.values.json, JSON.stringify({ ...buildQaReport(ds, docs), ...(changes ? { sourceChanges: changeReport(changes) } : {}) }, null, 2) + '\n');
  if (args.values.sarif) writeFileSync(args.values.sarif, JSON.stringify(formatSarif(ds), null, 2) + '\n');
  return ds.some((d) => d.severity === 'error') ? 1 : 0;
}

/** The message for a path that is not there: which, where it was looked for, what was expected, what to do. */
function missingPath(path: string, expected: string, hint: string): string {
  return `Unexpected path ${path}: there is no such file or folder (looked for ${resolve(path)}), expected ${expected}. ${hint}`;
}

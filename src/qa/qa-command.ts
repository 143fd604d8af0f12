// `npm run qa -- <file-or-folder>… [options]`: checks sources, prints findings grouped by file
// (paths relative to the content folder), writes reports, and tells the exit code (1 when any
// error is found, 2 when the command itself was misused, else 0).
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic, Severity } from '../sxs/types.js';
import { terminalText } from '../util/terminal-text.js';
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

export const QA_HELP = `${QA_USAGE}

Checks sxs sources (a folder is read recursively) for what translation broke, and prints each
finding as file:line:col severity rule-id message (hint). Findings of one rule and pattern (a
term, a value, a wording) are printed once, followed by their other occurrences.

Options:
  --severity <level>   list findings of this severity or above: error, warning, info (default: warning)
  --notes              list notes too (the same as --severity info)
  --format <format>    what stdout shows: text (default), json or sarif
  --json <file>        also write the report as JSON (every finding, notes included, with occurrences)
  --sarif <file>       also write SARIF 2.1.0 (occurrences as relatedLocations)
  --config <file>      the QA configuration (default: tandem-qa.json in this folder, if present)
  --root <folder>      the content folder paths are shown relative to (default: the folder the paths share)
  --against <folder>   also hold each segment's English against the current English of its page:
                       source-changed, source-removed, source-new, with counts per file
  -h, --help           show this help

Exit code: 1 when an error is found, 2 when the command is misused, else 0. See docs/qa.md.
`;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITIES = Object.keys(RANK) as Severity[];
const FORMATS = ['text', 'json', 'sarif'] as const;

const OPTIONS = {
  json: { type: 'string' },
  sarif: { type: 'string' },
  config: { type: 'string' },
  severity: { type: 'string' },
  notes: { type: 'boolean' },
  format: { type: 'string' },
  root: { type: 'string' },
  against: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The folder the paths share: a folder itself, a file's folder; their deepest common ancestor. */
export function contentRoot(paths: string[]): string {
  const folders = paths.map((p) => {
    const abs = resolve(p);
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  });
  return folders.reduce((common, folder) => {
    let c = common;
    while (c !== folder && !folder.startsWith(c.endsWith(sep) ? c : c + sep)) c = dirname(c);
    return c;
  });
}

/** Misuse: the message with the usage, exit code 2. */
function misuse(io: CommandIo, message: string): number {
  io.err(`${terminalText(message)}\n${QA_USAGE}\n`);
  return 2;
}

export function qaCommand(argv: string[], io: CommandIo): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return misuse(io, `Unexpected arguments: ${(error as Error).message}, expected:`);
  }
  const v = args.values;
  if (v.help) {
    io.out(QA_HELP);
    return 0;
  }
  const severity = (v.notes ? 'info' : (v.severity ?? 'warning')) as Severity;
  if (!SEVERITIES.includes(severity)) return misuse(io, `Unexpected --severity ${v.severity}, expected one of ${SEVERITIES.join(', ')}.`);
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) return misuse(io, `Unexpected --format ${format}, expected one of ${FORMATS.join(', ')}.`);
  const paths = args.positionals.length ? args.positionals : ['content'];
  const missing = [
    ...paths.filter((p) => !existsSync(p)).map((p) => missingPath(p, 'an sxs source (.md) or a folder of them', 'Check the spelling, or run it from the folder the path is relative to.')),
    ...(v.config && !existsSync(v.config) ? [missingPath(v.config, 'a QA configuration file (JSON)', 'Leave out --config to use tandem-qa.json.')] : []),
    ...(v.root && !existsSync(v.root) ? [missingPath(v.root, 'the content folder', 'Leave out --root to show paths relative to the folder the sources share.')] : []),
    ...(v.against && !existsSync(v.against) ? [missingPath(v.against, 'a folder of the current English markdown', 'Give the folder of the English documentation the translations were made from, as it is today.')] : []),
  ];
  if (missing.length) return misuse(io, missing.join('\n'));
  let config;
  let docs;
  let root: string;
  try {
    config = loadQaConfig(v.config);
    root = resolve(v.root ?? contentRoot(paths));
    docs = readSources(paths, root);
  } catch (error) {
    // A path that went away between the check and the read is still named, not shown as a raw ENOENT.
    const e = error as NodeJS.ErrnoException;
    io.err(`${terminalText(e.code === 'ENOENT' && e.path ? missingPath(e.path, 'a file or folder to read', 'Check that it still exists.') : e.message)}\n`);
    return 2;
  }
  // Held against the current English, each source is found by its path below the content folder.
  const changes = v.against ? compareFolder(docs, v.against, { translationsRoot: root, docsRoot: root }) : undefined;
  const ds = changes ? sortDiagnostics([...runQa(docs, { config }), ...folderChangeDiagnostics(changes)]) : runQa(docs, { config });
  const shown = (d: Diagnostic) => RANK[d.severity] <= RANK[severity];
  const withChanges = (report: object) => (changes ? { ...report, sourceChanges: changeReport(changes) } : report);
  if (format === 'json') io.out(JSON.stringify(withChanges(buildQaReport(ds.filter(shown), docs)), null, 2) + '\n');
  else if (format === 'sarif') io.out(JSON.stringify(formatSarif(ds.filter(shown)), null, 2) + '\n');
  else {
    io.out(formatTextReport(ds.filter(shown), docs.length, { hidden: ds.filter((d) => !shown(d)) }));
    if (changes) io.out(formatChangeSummary(changes).split('\n').map(terminalText).join('\n'));
  }
  if (v.json) writeFileSync(v.json, JSON.stringify(withChanges(buildQaReport(ds, docs)), null, 2) + '\n');
  if (v.sarif) writeFileSync(v.sarif, JSON.stringify(formatSarif(ds), null, 2) + '\n');
  return ds.some((d) => d.severity === 'error') ? 1 : 0;
}

/** The message for a path that is not there: which, where it was looked for, what was expected, what to do. */
function missingPath(path: string, expected: string, hint: string): string {
  return `Unexpected path ${path}: there is no such file or folder (looked for ${resolve(path)}), expected ${expected}. ${hint}`;
}


// `npm run xliff:export -- <file-or-folder>… [--root <content folder>] [--out f.xlf]` and
// `npm run xliff:import -- <f.xlf> [--root <content folder>] [--out file.md]`: the command-line
// edges of export and import. The content folder is `--root`, else `CONTENT_DIR`, else
// `content/`; export writes each `<file original>` relative to it and import resolves them
// inside it. Exit codes: 0 done, 1 refused (problems printed, nothing written), 2 misused.
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../sxs/diagnostics.js';
import type { CommandIo } from '../qa/qa-command.js';
import { readSources } from '../qa/read-sources.js';
import { UNREAD_RULES } from '../sxs/read-sources.js';
import { exportXliff } from './export-xliff.js';
import type { AlignedDocument } from '../sxs/types.js';
import { importFiles } from './import-files.js';
import { isInside } from './resolve-original.js';

function args(argv: string[], io: CommandIo, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, root: { type: 'string' } } });
  } catch (error) {
    io.err(`Unexpected arguments: ${(error as Error).message}, expected:\n${usage}\n`);
    return undefined;
  }
}

/** The content folder: `--root`, else `CONTENT_DIR`, else `content/`. */
export const contentRoot = (root: string | undefined, env: NodeJS.ProcessEnv = process.env): string => root ?? (env.CONTENT_DIR || 'content');

const EXPORT_USAGE = 'Usage: npm run xliff:export -- <file-or-folder>… [--root <content folder>] [--out translation.xlf]';
const IMPORT_USAGE = 'Usage: npm run xliff:import -- <translation.xlf> [--root <content folder>] [--out file.md]\n(content folder: --root, else CONTENT_DIR, else content/)';

export function xliffExportCommand(argv: string[], io: CommandIo): number {
  const a = args(argv, io, EXPORT_USAGE);
  if (!a || !a.positionals.length) return a ? (io.err(`Unexpected call without sources, expected:\n${EXPORT_USAGE}\n`), 2) : 2;
  let docs: AlignedDocument[];
  let root: string;
  try {
    root = realpathSync(contentRoot(a.values.root));
    docs = readSources(a.positionals);
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }
  // A source that cannot be read or paired is skipped and listed; the rest is exported.
  const blocking = (d: AlignedDocument) => d.diagnostics.filter((x) => UNREAD_RULES.has(x.ruleId) || (x.severity === 'error' && x.ruleId !== 'sxs-empty-segment'));
  const skipped = docs.filter((d) => blocking(d).length);
  if (skipped.length) io.err(skipped.flatMap(blocking).map(formatDiagnostic).join('\n') + '\n');
  docs = docs.filter((d) => !blocking(d).length);
  const skippedLine = skipped.length ? `; ${skipped.length} file(s) skipped, listed above` : '';
  if (!docs.length) {
    io.err(`Unexpected sources that cannot be exported, expected at least one readable sxs source${skippedLine}\n`);
    return 1;
  }
  const real = new Map(docs.map((d) => [d, realpathSync(resolve(d.file))]));
  const outside = docs.filter((d) => !isInside(root, real.get(d)!));
  if (outside.length) {
    io.err(`Unexpected sources outside the content folder ${contentRoot(a.values.root)}: ${outside.map((d) => d.file).join(', ')}, expected every source inside it (pass --root <folder>, and the same folder to import)\n`);
    return 2;
  }
  const { xml, diagnostics } = exportXliff(docs, { original: (d) => relative(root, real.get(d)!) });
  if (!xml) {
    io.err(diagnostics.map(formatDiagnostic).join('\n') + '\n');
    return 1;
  }
  const summary = `${docs.length} file(s), ${docs.reduce((n, d) => n + d.segments.length, 0)} unit(s) exported${skippedLine}`;
  if (a.values.out) {
    writeFileSync(a.values.out, xml);
    io.err(`${summary} → ${a.values.out}\n`);
  } else {
    io.out(xml);
    io.err(`${summary}\n`);
  }
  return skipped.length ? 1 : 0;
}

export function xliffImportCommand(argv: string[], io: CommandIo): number {
  const a = args(argv, io, IMPORT_USAGE);
  if (!a || a.positionals.length !== 1) return a ? (io.err(`Unexpected ${a.positionals.length} XLIFF files, expected one:\n${IMPORT_USAGE}\n`), 2) : 2;
  let report;
  try {
    report = importFiles(readFileSync(a.positionals[0]!), { root: contentRoot(a.values.root), out: a.values.out });
  } catch (error) {
    io.err(`${(error as Error).message}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  for (const s of report.stale) io.err(`${s.file}: unit ${s.unit} is stale (the English changed since export); left as it is\n`);
  if (report.problems.length) {
    for (const p of report.problems) io.err(`${p.file}${p.unit ? ` (${p.unit})` : ''}: ${p.reason}${p.hint ? ` (${p.hint})` : ''}\n`);
    io.err(`${report.problems.length} problem(s); nothing written.\n`);
    return 1;
  }
  if (report.writeError) {
    io.err(`Unexpected error while writing (${report.writeError.message}); every source was left as it was.\n`);
    return 1;
  }
  for (const f of report.files) io.err(`${relative(process.cwd(), f.path) || f.path}: ${f.changed.length} segment(s) updated${f.changed.length ? ` (${f.changed.join(', ')})` : ''}\n`);
  const written = report.files.filter((f) => f.written);
  io.err(`${written.length} file(s) written, ${report.files.length - written.length} unchanged, ${report.files.reduce((n, f) => n + f.changed.length, 0)} segment(s) updated, ${report.stale.length} stale unit(s) left.\n`);
  return 0;
}

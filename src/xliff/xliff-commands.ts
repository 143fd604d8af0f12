// `npm run xliff:export -- <file-or-folder>… [--root <content folder>] [--out f.xlf]` and
// `npm run xliff:import -- <f.xlf> [--root <content folder>] [--out file.md]`: the command-line
// edges of export and import. The content folder is `--root`, else `CONTENT_DIR`, else
// `content/`; export writes each `<file original>` relative to it and import resolves them
// inside it. Exit codes: 0 done, 1 refused (problems printed, nothing written), 2 misused.
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../sxs/diagnostics.js';
import type { CommandIo } from '../qa/qa-command.js';
import { readSources } from '../qa/read-sources.js';
import { UNREAD_RULES } from '../sxs/read-sources.js';
import { exportXliff } from './export-xliff.js';
import { compareFolder } from '../source-changes/compare-folder.js';
import { exportWorkPackage } from '../source-changes/export-work-package.js';
import type { AlignedDocument } from '../sxs/types.js';
import { importFiles } from './import-files.js';
import { isInside } from './resolve-original.js';

function args(argv: string[], io: CommandIo, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, root: { type: 'string' }, against: { type: 'string' } } });
  } catch (error) {
    io.err(`Unexpected arguments: ${(error as Error).message}, expected:\n${usage}\n`);
    return undefined;
  }
}

/** The content folder: `--root`, else `CONTENT_DIR`, else `content/`. */
export const contentRoot = (root: string | undefined, env: NodeJS.ProcessEnv = process.env): string => root ?? (env.CONTENT_DIR || 'content');

const EXPORT_USAGE = 'Usage: npm run xliff:export -- <file-or-folder>… [--root <content folder>] [--against <current English folder>] [--out translation.xlf]';
const IMPORT_USAGE = 'Usage: npm run xliff:import -- <translation.xlf> [--root <content folder>] [--out file.md]\n(content folder: --root, else CONTENT_DIR, else content/)';

export function xliffExportCommand(argv: string[], io: CommandIo): number {
  const a = args(argv, io, EXPORT_USAGE);
  if (!a || !a.positionals.length) return a ? (io.err(`Unexpected call without sources, expected:\n${EXPORT_USAGE}\n`), 2) : 2;
  let docs;
  let root: string;
  try {
    root = realpathSync(contentRoot(a.values.root));
    docs = readSources(a.positionals);
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }
  const unread = docs.flatMap((d) => d.diagnostics.filter((x) => UNREAD_RULES.has(x.ruleId)));
  if (unread.length) {
    io.err(unread.map(formatDiagnostic).join('\n') + '\n');
    return 1;
  }
  const real = new Map(docs.map((d) => [d, realpathSync(resolve(d.file))]));
  const outside = docs.filter((d) => !isInside(root, real.get(d)!));
  if (outside.length) {
    io.err(`Unexpected sources outside the content folder ${contentRoot(a.values.root)}: ${outside.map((d) => d.file).join(', ')}, expected every source inside it (pass --root <folder>, and the same folder to import)\n`);
    return 2;
  }
  if (a.values.against) return exportAgainst(docs, a.values.against, a.positionals[0]!, { root, real, out: a.values.out }, io);
  const { xml, diagnostics } = exportXliff(docs, { original: (d) => relative(root, real.get(d)!) });
  if (!xml) {
    io.err(diagnostics.map(formatDiagnostic).join('\n') + '\n');
    return 1;
  }
  if (a.values.out) {
    writeFileSync(a.values.out, xml);
    io.err(`${docs.length} file(s), ${docs.reduce((n, d) => n + d.segments.length, 0)} unit(s) → ${a.values.out}\n`);
  } else io.out(xml);
  return 0;
}

/** `--against`: the work package of changed and new English instead of every unit. */
function exportAgainst(docs: AlignedDocument[], against: string, translations: string, at: { root: string; real: Map<AlignedDocument, string>; out: string | undefined }, io: CommandIo): number {
  if (!existsSync(against)) {
    io.err(`Unexpected path ${against}: there is no such folder (looked for ${resolve(against)}), expected the folder of the current English markdown\n`);
    return 2;
  }
  const locales = [...new Set(docs.filter((d) => d.segments.length).map((d) => d.locales.target))];
  if (locales.length !== 1) {
    io.err(`Unexpected target locales ${locales.join(', ') || '(none)'}, expected one per XLIFF file (export each locale folder on its own)\n`);
    return 2;
  }
  // English places in the package are relative to the English folder, like the sources' to theirs.
  const englishRoot = resolve(against);
  const changes = compareFolder(docs, against, { translationsRoot: translations, name: (file) => relative(englishRoot, file) });
  const pkg = exportWorkPackage(changes, {
    original: (c) => relative(at.root, at.real.get(c.doc)!),
    newPageOriginal: (file) => file,
    targetLocale: locales[0]!,
  });
  if (at.out) writeFileSync(at.out, pkg.xml);
  else io.out(pkg.xml);
  io.err(`${pkg.changed} changed and ${pkg.added} new sentence(s) from ${changes.files.length} source(s) and ${changes.newPages.length} new page(s)${at.out ? ` → ${at.out}` : ''}\n`);
  return 0;
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

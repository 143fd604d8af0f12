// `npm run xliff:export -- <file-or-folder>… [--root <content folder>] [--out f.xlf]` and
// `npm run xliff:import -- <f.xlf> [--root <content folder>] [--out file.md]`: the command-line
// edges of export and import. The content folder is `--root`, else `CONTENT_DIR`, else
// `content/`; export writes each `<file original>` relative to it and import resolves them
// inside it. Exit codes: 0 done, 1 refused (problems printed, nothing written), 2 misused.
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../sxs/diagnostics.js';
import type { CommandIo } from '../qa/qa-command.js';
import { readSources, sourceFiles } from '../qa/read-sources.js';
import { UNREAD_RULES } from '../sxs/read-sources.js';
import { exportXliff, MAX_SOURCE_BYTES, tooLarge } from './export-xliff.js';
import { compareFolder } from '../source-changes/compare-folder.js';
import { exportWorkPackage } from '../source-changes/export-work-package.js';
import type { AlignedDocument } from '../sxs/types.js';
import { importFiles } from './import-files.js';
import { isInside } from './resolve-original.js';
import { terminalText } from '../util/terminal-text.js';

/** Writes report lines to stderr, each with control characters escaped: content never drives the terminal or forges a line. */
const report = (io: CommandIo, ...lines: string[]): void => void (lines.length && io.err(lines.map((line) => `${terminalText(line)}\n`).join('')));

function args(argv: string[], io: CommandIo, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, root: { type: 'string' }, against: { type: 'string' } } });
  } catch (error) {
    report(io, `Unexpected arguments: ${(error as Error).message}, expected:`);
    io.err(`${usage}\n`);
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
  let docs: AlignedDocument[];
  let root: string;
  try {
    root = realpathSync(contentRoot(a.values.root));
    // Sizes first: a source too large to export is refused before it is read into memory.
    const large = a.positionals.flatMap(sourceFiles).map((file) => ({ file, bytes: statSync(file).size })).filter((f) => f.bytes > MAX_SOURCE_BYTES);
    if (large.length) {
      report(io, ...large.map((f) => formatDiagnostic(tooLarge(relative(process.cwd(), f.file) || f.file, f.bytes))));
      return 1;
    }
    docs = readSources(a.positionals);
  } catch (error) {
    report(io, (error as Error).message);
    return 2;
  }
  // A source that cannot be read or paired is skipped and listed; the rest is exported.
  const blocking = (d: AlignedDocument) => d.diagnostics.filter((x) => UNREAD_RULES.has(x.ruleId) || (x.severity === 'error' && x.ruleId !== 'sxs-empty-segment'));
  const skipped = docs.filter((d) => blocking(d).length);
  if (skipped.length) report(io, ...skipped.flatMap(blocking).map(formatDiagnostic));
  docs = docs.filter((d) => !blocking(d).length);
  const skippedLine = skipped.length ? `; ${skipped.length} file(s) skipped, listed above` : '';
  if (!docs.length) {
    report(io, `Unexpected sources that cannot be exported, expected at least one readable sxs source${skippedLine}`);
    return 1;
  }
  const real = new Map(docs.map((d) => [d, realpathSync(resolve(d.file))]));
  const outside = docs.filter((d) => !isInside(root, real.get(d)!));
  if (outside.length) {
    report(io, `Unexpected sources outside the content folder ${contentRoot(a.values.root)}: ${outside.map((d) => d.file).join(', ')}, expected every source inside it (pass --root <folder>, and the same folder to import)`);
    return 2;
  }
  if (a.values.against) return exportAgainst(docs, a.values.against, a.positionals[0]!, { root, real, out: a.values.out }, io);
  const { xml, diagnostics } = exportXliff(docs, { original: (d) => relative(root, real.get(d)!) });
  if (!xml) {
    report(io, ...diagnostics.map(formatDiagnostic));
    return 1;
  }
  const summary = `${docs.length} file(s), ${docs.reduce((n, d) => n + d.segments.length, 0)} unit(s) exported${skippedLine}`;
  if (a.values.out) {
    writeFileSync(a.values.out, xml);
    report(io, `${summary} → ${a.values.out}`);
  } else {
    io.out(xml);
    report(io, summary);
  }
  return skipped.length ? 1 : 0;
}

/** `--against`: the work package of changed and new English instead of every unit. */
function exportAgainst(docs: AlignedDocument[], against: string, translations: string, at: { root: string; real: Map<AlignedDocument, string>; out: string | undefined }, io: CommandIo): number {
  if (!existsSync(against)) {
    report(io, `Unexpected path ${against}: there is no such folder (looked for ${resolve(against)}), expected the folder of the current English markdown`);
    return 2;
  }
  const locales = [...new Set(docs.filter((d) => d.segments.length).map((d) => d.locales.target))];
  if (locales.length !== 1) {
    report(io, `Unexpected target locales ${locales.join(', ') || '(none)'}, expected one per XLIFF file (export each locale folder on its own)`);
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
  report(io, `${pkg.changed} changed and ${pkg.added} new sentence(s) from ${changes.files.length} source(s) and ${changes.newPages.length} new page(s)${at.out ? ` → ${at.out}` : ''}`);
  return 0;
}

export function xliffImportCommand(argv: string[], io: CommandIo): number {
  const a = args(argv, io, IMPORT_USAGE);
  if (!a || a.positionals.length !== 1) return a ? (io.err(`Unexpected ${a.positionals.length} XLIFF files, expected one:\n${IMPORT_USAGE}\n`), 2) : 2;
  let result;
  try {
    result = importFiles(readFileSync(a.positionals[0]!), { root: contentRoot(a.values.root), out: a.values.out });
  } catch (error) {
    report(io, (error as Error).message);
    io.err(`${IMPORT_USAGE}\n`);
    return 2;
  }
  const { stale, problems, writeError, files } = result;
  report(io, ...stale.map((s) => `${s.file}: unit ${s.unit} is stale (the English changed since export); left as it is`));
  if (problems.length) {
    report(io, ...problems.map((p) => `${p.file}${p.unit ? ` (${p.unit})` : ''}: ${p.reason}${p.hint ? ` (${p.hint})` : ''}`), `${problems.length} problem(s); nothing written.`);
    return 1;
  }
  if (writeError) {
    report(io, `Unexpected error while writing (${writeError.message}); every source was left as it was.`);
    return 1;
  }
  report(io, ...files.map((f) => `${relative(process.cwd(), f.path) || f.path}: ${f.changed.length} segment(s) updated${f.changed.length ? ` (${f.changed.join(', ')})` : ''}`));
  const written = files.filter((f) => f.written);
  report(io, `${written.length} file(s) written, ${files.length - written.length} unchanged, ${files.reduce((n, f) => n + f.changed.length, 0)} segment(s) updated, ${stale.length} stale unit(s) left.`);
  return 0;
}

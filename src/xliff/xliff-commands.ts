// `npm run xliff:export -- <file-or-folder>… [--out f.xlf]` and
// `npm run xliff:import -- <f.xlf> [--out file.md]`: the command-line edges of export and
// import. Exit codes: 0 done, 1 refused (problems printed), 2 misused.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../sxs/diagnostics.js';
import { parseSxs } from '../sxs/parse-sxs.js';
import type { CommandIo } from '../qa/qa-command.js';
import { readSources } from '../qa/read-sources.js';
import { exportXliff } from './export-xliff.js';
import { importXliff } from './import-xliff.js';

function args(argv: string[], io: CommandIo, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    io.err(`Unexpected arguments: ${(error as Error).message}, expected:\n${usage}\n`);
    return undefined;
  }
}

const EXPORT_USAGE = 'Usage: npm run xliff:export -- <file-or-folder>… [--out translation.xlf]';
const IMPORT_USAGE = 'Usage: npm run xliff:import -- <translation.xlf> [--out file.md]';

export function xliffExportCommand(argv: string[], io: CommandIo): number {
  const a = args(argv, io, EXPORT_USAGE);
  if (!a || !a.positionals.length) return a ? (io.err(`Unexpected call without sources, expected:\n${EXPORT_USAGE}\n`), 2) : 2;
  let docs;
  try {
    docs = readSources(a.positionals);
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }
  const { xml, diagnostics } = exportXliff(docs);
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

export function xliffImportCommand(argv: string[], io: CommandIo): number {
  const a = args(argv, io, IMPORT_USAGE);
  if (!a || a.positionals.length !== 1) return a ? (io.err(`Unexpected ${a.positionals.length} XLIFF files, expected one:\n${IMPORT_USAGE}\n`), 2) : 2;
  let xml;
  try {
    xml = readFileSync(a.positionals[0]!, 'utf8');
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }
  const load = (original: string) => {
    try {
      return parseSxs(readFileSync(original), { file: original });
    } catch {
      return undefined;
    }
  };
  const result = importXliff(xml, load);
  for (const s of result.stale) io.err(`${s.file}: unit ${s.unit} is stale (the English changed since export); left as it is\n`);
  if (result.problems.length) {
    for (const p of result.problems) io.err(`${p.file}${p.unit ? ` (${p.unit})` : ''}: ${p.reason}${p.hint ? ` (${p.hint})` : ''}\n`);
    io.err('Nothing written.\n');
    return 1;
  }
  if (a.values.out && result.files.length !== 1) {
    io.err(`Unexpected --out with ${result.files.length} files in the XLIFF, expected one\n`);
    return 2;
  }
  for (const f of result.files) {
    const target = a.values.out ?? f.original;
    if (a.values.out || f.changed.length) writeFileSync(target, f.text);
    io.err(`${target}: ${f.changed.length} segment(s) updated${f.changed.length ? ` (${f.changed.join(', ')})` : ''}\n`);
  }
  return 0;
}

// Everything the build learns from a folder of sources before it writes a page: the parsed
// documents and tables of contents, each competency's requirement model, and every diagnostic
// (parser, QA rules, extraction and the cross-language check), so one gate can decide whether to publish.
import { runQa, loadQaConfig } from '../qa/run-qa.js';
import { extractRequirements } from '../requirements/extract-requirements.js';
import { hasRequirements, type Competency } from '../requirements/model.js';
import { sortDiagnostics } from '../sxs/diagnostics.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import type { Side } from '../render/render-document.js';
import type { Sources } from '../sxs/read-sources.js';
import { parseFolder, slugOf } from './build-pages.js';
import { hashOf, memoOf, type SourceCache } from './source-cache.js';

export interface SourceAnalysis {
  docs: AlignedDocument[];
  tocs: Sources['tocs'];
  /** Requirement models by source file, for pages that state requirements. */
  models: Map<string, Competency>;
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  /** QA configuration file. Default: `tandem-qa.json` in the project, if present. */
  qaConfig?: string;
  root?: string;
  /** Keeps what each unchanged source yields between builds. Default: none, everything computed. */
  cache?: SourceCache;
}

export function analyzeSources(dir: string, options: AnalyzeOptions = {}): SourceAnalysis {
  const { cache } = options;
  const { docs, tocs, unread } = parseFolder(dir, options.root, cache);
  const config = loadQaConfig(options.qaConfig);
  const configKey = hashOf(JSON.stringify(config));
  const memo = memoOf(cache);
  const perDocument = (doc: AlignedDocument, compute: () => Diagnostic[]) => memo(doc, `qa:${configKey}`, compute);
  const diagnostics = [...unread, ...runQa(docs, { config, perDocument }), ...tocs.flatMap((t) => t.diagnostics)];
  const reported = new Set(diagnostics.flatMap((q) => (q.segmentId === undefined ? [] : [`${q.file}\0${q.segmentId}`])));
  const models = new Map<string, Competency>();
  for (const doc of docs) {
    if (doc.diagnostics.some((d) => d.severity === 'error')) continue;
    const { model, diagnostics: found } = memo(doc, 'requirements', () => extractRequirements(doc, { slug: slugOf(doc.file) }));
    // Where QA already reports a segment, the cross-check's finding on it would say the same again.
    diagnostics.push(...found.filter((d) => d.segmentId === undefined || !reported.has(`${d.file}\0${d.segmentId}`)));
    if (hasRequirements(model)) models.set(doc.file, model);
  }
  return { docs, tocs, models, diagnostics: sortDiagnostics(diagnostics) };
}

/** Reader notes where the translation disagrees with the original, by segment id, in one side's language. */
export function disagreementNotes(model: Competency | undefined, side: Side): Map<string, string> | undefined {
  if (!model?.disagreements.length) return undefined;
  const notes = new Map<string, string>();
  for (const d of model.disagreements) notes.set(d.segmentId, [notes.get(d.segmentId), d.note[side]].filter(Boolean).join(' '));
  return notes;
}

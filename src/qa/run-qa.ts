// The QA stage: aligned documents in, diagnostics out. The site build and `npm run qa` both
// call `runQa`; errors fail `npm run qa` and a strict build (TANDEM_STRICT=1), and every finding is listed for editors.
import { sortDiagnostics } from '../sxs/diagnostics.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import { defaultQaConfig, type QaConfig } from './load-qa-config.js';
import type { Finding, Rule } from './rule.js';
import { rules as allRules } from './rules.js';
import { suppressor } from './suppressions.js';
import { groupPatterns } from './group-patterns.js';
import { languageOf } from '../locale/language-of.ts';

export { loadQaConfig } from './load-qa-config.js';

export interface QaOptions {
  /** Severities, terms, bands and suppressions. Default: the built-in defaults (no file is read). */
  config?: QaConfig;
  /** Include the parser's own diagnostics (`sxs-*`: pair integrity, source health). Default: true. */
  includeParserDiagnostics?: boolean;
  /** The rules to run. Default: every registered rule. */
  rules?: readonly Rule[];
  /**
   * Wraps the work on one document (the parser's diagnostics and every per-segment rule, after
   * suppressions), so a caller can keep its result for an unchanged source. Default: computed.
   */
  perDocument?: (doc: AlignedDocument, compute: () => Diagnostic[]) => Diagnostic[];
  /** Report each pattern (same rule, language and term, value kind or wording) once with its occurrences. Default: true. */
  group?: boolean;
}

function toDiagnostic(rule: Rule, severity: Diagnostic['severity'], f: Finding): Diagnostic {
  return { file: f.doc.file, place: f.segment.target.range.start, severity, ruleId: rule.id, reason: f.reason, hint: f.hint, segmentId: f.segment.id, ...(f.pattern !== undefined ? { pattern: f.pattern } : {}) };
}

/** The rules to run with the severity the config gives each; rules switched off left out. */
function enabled(options: QaOptions, config: QaConfig): Array<{ rule: Rule; severity: Diagnostic['severity'] }> {
  return (options.rules ?? allRules).flatMap((rule) => {
    const setting = config.rules[rule.id] ?? rule.severity;
    return setting === 'off' ? [] : [{ rule, severity: setting }];
  });
}

/** What one document shows on its own: the parser's diagnostics and the per-document and per-segment rules' findings. */
function documentQa(doc: AlignedDocument, options: QaOptions, config: QaConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (options.includeParserDiagnostics ?? true) {
    for (const d of doc.diagnostics) {
      const setting = config.rules[d.ruleId];
      if (setting === 'off') continue;
      const severity = setting ?? d.severity;
      // A parser note is a habit of the converter in a file (`#<a name>` headings): one pattern per rule and file.
      out.push({ ...d, severity, ...(severity === 'info' && d.pattern === undefined ? { pattern: `${d.ruleId} in ${d.file}` } : {}) });
    }
  }
  for (const { rule, severity } of enabled(options, config)) {
    for (const f of rule.checkDocument?.(doc, config) ?? []) out.push(toDiagnostic(rule, severity, f));
    const check = rule.checkSegment;
    if (!check) continue;
    for (const segment of doc.segments) for (const m of check({ segment, doc, config })) out.push(toDiagnostic(rule, severity, { ...m, doc, segment }));
  }
  const suppressed = suppressor([doc], config);
  return out.filter((d) => !suppressed(d));
}

/** Runs every enabled rule over the documents; returns diagnostics sorted by file and place. */
export function runQa(docs: AlignedDocument[], options: QaOptions = {}): Diagnostic[] {
  const config = options.config ?? defaultQaConfig();
  const perDocument = options.perDocument ?? ((_doc, compute) => compute());
  const out = docs.flatMap((doc) => perDocument(doc, () => documentQa(doc, options, config)));
  // Rules that compare documents with each other run on every build.
  const across: Diagnostic[] = [];
  for (const { rule, severity } of enabled(options, config)) for (const f of rule.checkDocuments?.(docs, config) ?? []) across.push(toDiagnostic(rule, severity, f));
  const suppressed = suppressor(docs, config);
  const all = [...out, ...across.filter((d) => !suppressed(d))];
  if (options.group === false) return sortDiagnostics(all);
  const languages = new Map(docs.map((d) => [d.file, languageOf(d.locales.target)]));
  return groupPatterns(all, (file) => languages.get(file) ?? '');
}

// The QA stage: aligned documents in, diagnostics out. The site build and `npm run qa` both
// call `runQa`; errors fail `npm run qa` and a strict build (TANDEM_STRICT=1), and every finding is listed for editors.
import { sortDiagnostics } from '../sxs/diagnostics.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import { defaultQaConfig, type QaConfig } from './load-qa-config.js';
import type { Finding, Rule } from './rule.js';
import { rules as allRules } from './rules.js';
import { suppressor } from './suppressions.js';

export { loadQaConfig } from './load-qa-config.js';

export interface QaOptions {
  /** Severities, terms, bands and suppressions. Default: the built-in defaults (no file is read). */
  config?: QaConfig;
  /** Include the parser's own diagnostics (`sxs-*`: pair integrity, source health). Default: true. */
  includeParserDiagnostics?: boolean;
  /** The rules to run. Default: every registered rule. */
  rules?: readonly Rule[];
}

function toDiagnostic(rule: Rule, severity: Diagnostic['severity'], f: Finding): Diagnostic {
  return { file: f.doc.file, place: f.segment.target.range.start, severity, ruleId: rule.id, reason: f.reason, hint: f.hint, segmentId: f.segment.id };
}

function findings(rule: Rule, docs: AlignedDocument[], config: QaConfig): Finding[] {
  const out: Finding[] = rule.checkDocuments?.(docs, config) ?? [];
  const check = rule.checkSegment;
  if (check) for (const doc of docs) for (const segment of doc.segments) out.push(...check({ segment, doc, config }).map((m) => ({ ...m, doc, segment })));
  return out;
}

/** Runs every enabled rule over the documents; returns diagnostics sorted by file and place. */
export function runQa(docs: AlignedDocument[], options: QaOptions = {}): Diagnostic[] {
  const config = options.config ?? defaultQaConfig();
  const out: Diagnostic[] = [];
  if (options.includeParserDiagnostics ?? true) {
    for (const d of docs.flatMap((doc) => doc.diagnostics)) {
      const setting = config.rules[d.ruleId];
      if (setting !== 'off') out.push(setting ? { ...d, severity: setting } : d);
    }
  }
  for (const rule of options.rules ?? allRules) {
    const setting = config.rules[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    out.push(...findings(rule, docs, config).map((f) => toDiagnostic(rule, setting, f)));
  }
  const suppressed = suppressor(docs, config);
  return sortDiagnostics(out.filter((d) => !suppressed(d)));
}

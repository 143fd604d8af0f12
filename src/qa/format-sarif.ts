// The SARIF 2.1.0 reporter, for code-scanning annotations in CI. Each finding points at the
// German span; rules come from the registry, parser rules (`sxs-*`) are added as they occur.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, Severity } from '../sxs/types.js';
import type { Rule } from './rule.js';
import { rules as registry } from './rules.js';

export interface SarifOptions {
  /** The rules to describe. Default: every registered rule. */
  rules?: readonly Rule[];
  /** Tool version shown in the log. Default: `0.1.0`. */
  version?: string;
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
const toUri = (file: string) => file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');

export function formatSarif(ds: Diagnostic[], options: SarifOptions = {}): Log {
  const descriptors: ReportingDescriptor[] = (options.rules ?? registry).map((r) => ({
    id: r.id,
    shortDescription: { text: r.summary },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  for (const d of ds) {
    if (index.has(d.ruleId)) continue;
    index.set(d.ruleId, descriptors.length);
    descriptors.push({ id: d.ruleId, shortDescription: { text: 'Structure of the sxs source (reported by the parser).' }, defaultConfiguration: { level: LEVEL[d.severity] } });
  }
  const results: Result[] = ds.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.reason} (${d.hint})` : d.reason },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(d.file) }, region: { startLine: d.place.line, startColumn: d.place.column } } }],
    // A grouped finding's other occurrences, so a code-scanning view shows one result per cause.
    ...(d.occurrences && d.occurrences.length > 1
      ? {
          relatedLocations: d.occurrences.slice(1).map((o, i) => ({
            id: i + 1,
            physicalLocation: { artifactLocation: { uri: toUri(o.file) }, region: { startLine: o.place.line, startColumn: o.place.column } },
            ...(o.segmentId ? { message: { text: `segment ${o.segmentId}` } } : {}),
          })),
        }
      : {}),
    ...(d.segmentId || d.pattern !== undefined ? { partialFingerprints: { ...(d.segmentId ? { segmentId: d.segmentId } : {}), ...(d.pattern !== undefined ? { pattern: d.pattern } : {}) } } : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'tandem-qa', version: options.version ?? '0.1.0', rules: descriptors } }, results }],
  };
}

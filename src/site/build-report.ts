// What a build says about the sources in the terminal: every error and warning as
// `file:line:col severity rule-id message (hint)`, grouped by file, and one summary line
// pointing at the QA page. Kept apart from Astro so the wording is tested on its own.
import type { AstroIntegration } from 'astro';
import { formatDiagnostic } from '../sxs/diagnostics.js';
import type { Diagnostic, Severity } from '../sxs/types.js';
import { groupByFile } from '../qa/summarize-diagnostics.js';
import type { SiteBuild } from './site-build.js';
import { terminalText } from '../util/terminal-text.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The QA page readers of the site's first translation would open (`/de/qa/`), or English's. */
export function qaPath(build: Pick<SiteBuild, 'pages'>): string {
  const lang = build.pages.map((p) => p.lang).filter((l) => l !== 'en').sort()[0] ?? 'en';
  return `/${lang}/qa/`;
}

/** `2 errors, 14 warnings in 9 of 131 files (55 notes); see /de/qa/` (without the pointer when no page is written). */
export function formatBuildSummary(build: Pick<SiteBuild, 'files' | 'counts' | 'pages'>, options: { written?: boolean } = {}): string {
  const { error, warning, info } = build.counts;
  const affected = build.files.filter((f) => f.diagnostics.some((d) => d.severity !== 'info')).length;
  const notes = info ? ` (${plural(info, 'note')})` : '';
  const see = options.written === false ? '' : `; see ${qaPath(build)}`;
  return `${plural(error, 'error')}, ${plural(warning, 'warning')} in ${affected} of ${plural(build.files.length, 'file')}${notes}${see}`;
}

/** `9,512 of 9,512 segment pairs on all their pages (60 read back from damaged markup, 0 named above)`: the census (`censusSegments`). */
export function formatCensus(census: SiteBuild['census']): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const total = census.present + census.named;
  return `${n(census.present)} of ${n(total)} segment pair${total === 1 ? '' : 's'} on all their pages (${n(census.recovered)} read back from damaged markup, ${n(census.named)} named above)`;
}

/** The diagnostics of the given severities, grouped by file, one line each, control characters escaped (`\x1b`). */
export function formatBuildDiagnostics(diagnostics: Diagnostic[], severities: Severity[]): string[] {
  const shown = diagnostics.filter((d) => severities.includes(d.severity));
  return [...groupByFile(shown)].flatMap(([, ds]) => ds.map((d) => terminalText(formatDiagnostic(d))));
}

/** Whether the build is the CI gate (`TANDEM_STRICT=1`): any error fails it before a page is written. */
export const isStrict = (env: NodeJS.ProcessEnv = process.env): boolean => !!env.TANDEM_STRICT && env.TANDEM_STRICT !== '0' && env.TANDEM_STRICT !== 'false';

const SUMMARY = Symbol.for('tandem.buildSummary');
type WithSummary = typeof globalThis & { [SUMMARY]?: string };

/** Keeps the summary for the end of the build (the content loader runs first, pages after). */
export const rememberSummary = (line: string): void => {
  (globalThis as WithSummary)[SUMMARY] = line;
};

/** The integration that ends `astro build` with the summary line. */
export function buildSummary(): AstroIntegration {
  return {
    name: 'tandem-build-summary',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const line = (globalThis as WithSummary)[SUMMARY];
        if (line) logger.info(line);
      },
    },
  };
}

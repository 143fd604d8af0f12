// The whole site from a content folder, once per change of the folder: pages, navigation per
// language and the report of every source's problems. The content loaders all read this one
// result, so a build analyses the sources once and every collection agrees.
import { statSync } from 'node:fs';
import { walkFiles } from '../sxs/read-sources.js';
import { countDiagnostics, type QaCounts } from '../qa/summarize-diagnostics.js';
import { sortDiagnostics } from '../sxs/diagnostics.js';
import type { Diagnostic } from '../sxs/types.js';
import { languageOf } from '../i18n/language-of.js';
import { analyzeSources, disagreementNotes } from './analyze-sources.js';
import { assignAddresses, buildPages, isInclude, slugOf, type PageEntry } from './build-pages.js';
import { buildNavigation, type NavEntry } from './navigation.js';
import type { SourceCache } from './source-cache.js';
import { compareFolder } from '../source-changes/compare-folder.js';
import { currentRequirements, type RequirementChange } from '../source-changes/current-requirements.js';
import { englishDir } from './content-dir.js';
import { censusSegments, type CensusCounts } from './segment-census.js';
import { RECOVERY_RULES } from '../sxs/recoveries.js';

/** One source file and everything found in it, for the editors' report. */
export interface SourceReport {
  file: string;
  /** Language of its page (of the table of contents for a `TOC.md`), when it has one. */
  lang?: string;
  /** Its page name, when it is published as a page. */
  slug?: string;
  /** `include`: a DocFX include (a file below an `includes` folder), shown inside the pages that include it. */
  kind: 'page' | 'include' | 'toc';
  diagnostics: Diagnostic[];
}

export interface SiteBuild {
  /** The content folder; every file name of the build is relative to it. */
  dir: string;
  pages: PageEntry[];
  nav: Map<string, NavEntry[]>;
  /** Every source file, in path order, with its diagnostics. */
  files: SourceReport[];
  diagnostics: Diagnostic[];
  counts: QaCounts;
  /** Every pair of every source on its pages, recovered, or named (`censusSegments`). */
  census: CensusCounts;
}

export interface SiteBuildOptions {
  /**
   * What file names are relative to. Default: the content folder, so that no path of the machine
   * that builds (an absolute `CONTENT_DIR`, a home or temporary folder) reaches a published page.
   */
  root?: string;
  /** QA configuration file. Default: `tandem-qa.json` in the project, if present. */
  qaConfig?: string;
  /**
   * Keeps what each source yields between builds of this process and, given a folder, between
   * processes (`SourceCache`). Default: none, everything computed.
   */
  cache?: SourceCache;
  /**
   * The folder of the current English the translations were made from (`ENGLISH_DIR`): pages then
   * mark each sentence whose English changed since and show the current English. Default: none.
   */
  englishDir?: string;
}

export function buildSite(dir: string, options: SiteBuildOptions = {}): SiteBuild {
  const root = options.root ?? dir;
  const { cache } = options;
  const { docs, tocs, models, diagnostics: found } = analyzeSources(dir, { root, ...(options.qaConfig ? { qaConfig: options.qaConfig } : {}), ...(cache ? { cache } : {}) });
  const compared = options.englishDir ? compareFolder(docs.filter((d) => !isInclude(d.file)), options.englishDir, { translationsRoot: dir, docsRoot: root }) : undefined;
  const changes = compared ? new Map(compared.files.map((c) => [c.doc.file, c])) : undefined;
  // The checker evaluates the requirements the English states today, and names what changed.
  const requirementChanges = new Map<string, RequirementChange[]>();
  const checked = new Map(models);
  for (const doc of docs) {
    const model = models.get(doc.file);
    const comparison = changes?.get(doc.file);
    const current = model && comparison ? currentRequirements(doc, model, comparison, slugOf(doc.file)) : undefined;
    if (!current) continue;
    checked.set(doc.file, current.model);
    requirementChanges.set(doc.file, current.changes);
  }
  const { pages, diagnostics: across } = buildPages(docs, { models: checked, diagnostics: found, root, contentDir: dir, notesFor: (doc, side) => disagreementNotes(checked.get(doc.file), side), ...(cache ? { cache } : {}), ...(changes ? { changes } : {}), requirementChanges });
  cache?.flush();
  const { addresses } = assignAddresses(docs);
  const { nav, diagnostics: tocLinks } = buildNavigation(tocs, addresses, { root });
  const census = censusSegments(docs, pages, { recoveries: RECOVERY_RULES });
  const diagnostics = sortDiagnostics([...found, ...across, ...tocLinks, ...census.diagnostics]);
  const files: SourceReport[] = [
    ...docs.map((doc): SourceReport => ({ file: doc.file, lang: languageOf(doc.locales.target), ...(isInclude(doc.file) ? { kind: 'include' } : { slug: addresses.get(doc)?.slug ?? slugOf(doc.file), kind: 'page' }), diagnostics: [] })),
    ...tocs.map((toc): SourceReport => ({ file: toc.file, ...(toc.locale ? { lang: languageOf(toc.locale) } : {}), kind: 'toc', diagnostics: [] })),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const d of diagnostics) byFile.get(d.file)?.diagnostics.push(d);
  return { dir, pages, nav, files, diagnostics, counts: countDiagnostics(diagnostics), census: census.counts };
}

/** A fingerprint of a folder's files (names, sizes, times, and the links it does not follow), to know when a build is stale. */
function fingerprint(dir: string): string {
  const { files, diagnostics } = walkFiles(dir, () => true);
  const stats = files.map((f) => {
    const st = statSync(f);
    return `${f}:${st.size}:${st.mtimeMs}`;
  });
  return [...stats, ...diagnostics.map((d) => d.file)].join('|');
}

let last: { key: string; build: SiteBuild } | undefined;

/** `buildSite`, computed again only when a file of the folder changed since the last call. */
export function siteFor(dir: string, given: SiteBuildOptions = {}): SiteBuild {
  // ENGLISH_DIR, like CONTENT_DIR, is taken relative to the folder the command runs in.
  const english = englishDir();
  const options: SiteBuildOptions = { ...(english ? { englishDir: english } : {}), ...given };
  const key = `${dir}\n${options.root ?? dir}\n${options.qaConfig ?? ''}\n${fingerprint(dir)}\n${options.cache ? 'cached' : ''}\n${options.englishDir ? fingerprint(options.englishDir) : ''}`;
  if (last?.key !== key) last = { key, build: buildSite(dir, options) };
  return last.build;
}

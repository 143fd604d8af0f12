// What the content loaders run: the copy the Astro config has loaded (`prebuild.ts`), else loaded
// by `sxs-loader.ts` when a loader first runs. The content config itself (and everything that
// only reads its schemas) does not load the pipeline.
export { formatBuildDiagnostics, formatBuildSummary, formatCensus, isStrict, rememberSummary } from './build-report.js';
export { contentDir, entryPath } from './content-dir.js';
export { queueSearchRecords } from './search-index.js';
export { siteFor, type SiteBuild } from './site-build.js';
export { hashOf, SourceCache, sourceCacheDir, sourceCacheFor } from './source-cache.js';
export { keepPageHtml, pageHtml } from './page-html.js';

// What the content loaders run. `sxs-loader.ts` loads this once per process with Node's own
// module loader (through tsx) instead of Vite's module runner, which would transform and source-map
// every module of the pipeline again on each build before the first source is read.
export { formatBuildDiagnostics, formatBuildSummary, isStrict, rememberSummary } from './build-report.js';
export { contentDir, entryPath } from './content-dir.js';
export { queueSearchRecords } from './search-index.js';
export { siteFor, type SiteBuild } from './site-build.js';
export { SourceCache } from './source-cache.js';

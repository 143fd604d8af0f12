// What content may put on a page: GitHub's allowlist plus exactly what the sxs rendering
// needs (sentence spans with their twins, heading ids, language tags). Everything else
// (scripts, handlers, frames, styles, javascript:/data: URLs) is dropped.
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const own = ['sxs', 'sxs-main', 'sxs-twin', 'sxs-note', 'sxs-fallback', 'sxs-changed', 'sxs-removed', 'sxs-added', 'sxs-change-label', 'pair', 'pair-twin', 'img-missing', 'alert', 'alert-title', 'alert-note', 'alert-tip', 'alert-important', 'alert-caution', 'alert-warning', 'include'];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Content's ids and names are prefixed so they never take the page's own (see render-document.ts).
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  // Drop these with their contents: the text of a script or style is never page text.
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'],
  clobberPrefix: 'user-content-',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dataTandemOwn'],
    span: [['className', ...own], 'tabIndex', 'ariaDescribedBy', 'id', 'role', 'dataSxs'],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', ...own], ['role', 'note']],
    p: [['className', ...own]],
    h1: ['id', ['className', ...own]],
    h2: ['id', ['className', ...own]],
    h3: ['id', ['className', ...own]],
    h4: ['id', ['className', ...own]],
    h5: ['id', ['className', ...own]],
    h6: ['id', ['className', ...own]],
    a: [...(defaultSchema.attributes?.a ?? []), 'id'],
    col: ['width', 'span'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'colgroup', 'col'],
};

// Links and images between the files of a content folder: `[text](other-page.md#anchor)`,
// `./sub/page.md`, `../page.md` and `images/x.png` are paths relative to the source that writes
// them. This module finds what they name; build-pages turns that into the site's URLs.
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isInsideFolder } from '../sxs/walk-sources.js';

/** Image files a content folder may ship with its pages. SVG is left out: served from the site's origin it could run script. */
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif']);

/** Where the site serves a content folder's images: `/media/<path below the folder>`. */
export const MEDIA_PREFIX = '/media/';

export interface SourceRef {
  /** Absolute path of the file named, its `#anchor` and `?query` taken off. */
  path: string;
  /** `#anchor` (with the `#`), or ''. */
  hash: string;
}

/** A link target that points into the folder (a relative path), or undefined for URLs, `#anchors` and site paths. */
export function relativeRef(fromFile: string, href: string): SourceRef | undefined {
  const value = href.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('#') || value.startsWith('/') || value.startsWith('\\')) return undefined;
  const cut = value.search(/[?#]/);
  const pathPart = cut < 0 ? value : value.slice(0, cut);
  const hashAt = value.indexOf('#');
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // A malformed escape is kept as written.
  }
  if (decoded === '') return undefined;
  return { path: resolve(dirname(fromFile), decoded), hash: hashAt < 0 ? '' : value.slice(hashAt) };
}

/** Whether a link target names a markdown page (`x.md`, `x.md#a`), as opposed to an image or a file. */
export const isPageRef = (ref: SourceRef): boolean => extname(ref.path).toLowerCase() === '.md';

/** The site URL of an image file inside `contentRoot`, or undefined when it is not there or not an image. */
export function mediaUrl(contentRoot: string, ref: SourceRef): string | undefined {
  if (!IMAGE_EXTENSIONS.has(extname(ref.path).toLowerCase())) return undefined;
  const rel = relative(contentRoot, ref.path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  if (!existsSync(ref.path) || !statSync(ref.path).isFile() || !isInsideFolder(contentRoot, ref.path)) return undefined;
  return MEDIA_PREFIX + rel.split(sep).map(encodeURIComponent).join('/');
}

/** Finds pages by path, exactly or (for repositories written on case-insensitive systems) ignoring case. */
export class PagePaths<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();

  add(path: string, value: T): void {
    this.exact.set(path, value);
    if (!this.folded.has(path.toLowerCase())) this.folded.set(path.toLowerCase(), value);
  }

  get(path: string): T | undefined {
    return this.exact.get(path) ?? this.folded.get(path.toLowerCase()) ?? (extname(path) === '' ? this.get(`${path}.md`) : undefined);
  }
}

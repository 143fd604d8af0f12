// Images beside the sources (`images/x.png`) are part of the site: copied to `/media/` when the
// site is built, served from the content folder by the dev server.
import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMAGE_EXTENSIONS, MEDIA_PREFIX } from './resolve-sources.js';
import { isInsideFolder, walkFiles } from '../sxs/walk-sources.js';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif' };

/** The image files below a folder, as paths relative to it; a link to a file outside the folder is not one (the sources' rule). */
export function mediaFiles(dir: string): string[] {
  return walkFiles(dir, (f) => IMAGE_EXTENSIONS.has(extname(f).toLowerCase()))
    .files.map((f) => relative(dir, f))
    .sort();
}

/** Copies every image of `dir` below `out/media/`; returns how many. */
export function copyMedia(dir: string, out: string): number {
  const files = mediaFiles(dir);
  for (const f of files) {
    const to = join(out, MEDIA_PREFIX, f);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(dir, f), to);
  }
  return files.length;
}

export function contentMedia(dir: string): AstroIntegration {
  return {
    name: 'tandem-content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(MEDIA_PREFIX, (req, res, next) => {
          let path: string;
          try {
            path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
          } catch {
            return next();
          }
          const type = TYPES[extname(path).toLowerCase()];
          if (!type || !path.startsWith(dir + sep) || !existsSync(path) || !statSync(path).isFile() || !isInsideFolder(dir, path)) return next();
          res.setHeader('content-type', type);
          createReadStream(path).pipe(res);
        });
      },
      'astro:build:done': ({ dir: out, logger }) => {
        const n = copyMedia(dir, fileURLToPath(out));
        if (n) logger.info(`${n} image(s) copied from the content folder to ${MEDIA_PREFIX}`);
      },
    },
  };
}

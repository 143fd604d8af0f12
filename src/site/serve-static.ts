// The built site served as a static host serves it: a path without its trailing slash is
// redirected to it, a missing page gets its language's own 404 page (`/de/404/`) or `/404.html`,
// and nothing outside the site folder is read. `npm start` and the browser tests use it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve as resolvePathOf, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The file a URL path names in `root`, as a static host resolves it, or a redirect to add the slash. */
function resolvePath(siteRoot: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  const root = resolvePathOf(siteRoot);
  const path = normalize(join(root, urlPath));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (isFile(path)) return { file: path };
  if (existsSync(path) && statSync(path).isDirectory() && isFile(join(path, 'index.html'))) {
    return urlPath.endsWith('/') ? { file: join(path, 'index.html') } : { redirect: `${urlPath}/` };
  }
  return undefined;
}

/** The not-found page for a path: the language's own (`/de/404/`) when the path is under one, else `/404.html`. */
function notFoundPage(root: string, urlPath: string): string | undefined {
  const lang = /^\/([a-z]{2,3})\//.exec(urlPath)?.[1];
  const own = lang ? join(root, lang, '404', 'index.html') : undefined;
  if (own && isFile(own)) return own;
  const global = join(root, '404.html');
  return isFile(global) ? global : undefined;
}

/** Serves a built site folder on 127.0.0.1 (at `port`, default an ephemeral one). */
export async function serveSite(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = resolvePath(root, urlPath);
    if (found && 'redirect' in found) {
      res.writeHead(301, { location: found.redirect }).end();
      return;
    }
    const file = found?.file ?? notFoundPage(root, urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

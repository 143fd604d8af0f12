// The built site served as a static host serves it: a path without its trailing slash is
// redirected to it, a missing page gets its language's own 404 page (`/de/404/`) or `/404.html`,
// and nothing outside the site folder is read. `npm start` and the browser tests use it.
//
// No request can stop it: every answer is built from the request's *encoded* path (so no header
// ever carries a decoded character), a redirect always names a path on this origin, every error
// of a handler or of a read is answered or ends that one response, and no symbolic link is
// followed, so a file that changes or vanishes mid-request costs only that request.
import { constants, realpathSync } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, posix, resolve as resolvePathOf, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Sent with every answer: what docs/security.md asks a host to send beside the page's meta policy. */
const HOST_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** A request path in both forms: `encoded` as sent (ASCII only, one leading slash), `decoded` to look files up with. */
interface RequestPath {
  encoded: string;
  decoded: string;
}

/**
 * The path of a request target, or undefined when it is not an origin-form path or does not
 * decode. Leading slashes and backslashes collapse to one slash, so a redirect built from
 * `encoded` can never read as `//host` (another origin) in a browser.
 */
export function requestPath(target: string): RequestPath | undefined {
  if (!target.startsWith('/')) return undefined;
  let encoded: string;
  try {
    encoded = new URL(`/${target.replace(/^[/\\]+/, '')}`, 'http://localhost').pathname.replace(/^\/+/, '/');
  } catch {
    return undefined;
  }
  try {
    const decoded = decodeURIComponent(encoded);
    return decoded.includes('\0') ? undefined : { encoded, decoded };
  } catch {
    return undefined;
  }
}

/** An open regular file, or a directory (which a page address names), at a path holding no symbolic link. */
type Found = { kind: 'file'; handle: FileHandle; path: string } | { kind: 'directory' } | undefined;

/** Opens what `decoded` names under `root` (a real path), refusing anything outside it or reached through a symbolic link. */
async function find(root: string, decoded: string): Promise<Found> {
  const path = resolvePathOf(root, `.${posix.normalize(`/${decoded}`)}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const real = await realpath(path).catch(() => undefined);
  if (real !== path) return undefined;
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) return undefined;
  const stat = await handle.stat().catch(() => undefined);
  if (stat?.isFile()) return { kind: 'file', handle, path };
  await handle.close();
  return stat?.isDirectory() ? { kind: 'directory' } : undefined;
}

/** The file of a page address: the file itself, or a folder's `index.html`, or a redirect to add the slash. */
async function resolvePage(root: string, path: RequestPath): Promise<Found | { kind: 'redirect'; location: string }> {
  const found = await find(root, path.decoded);
  if (found?.kind !== 'directory') return found;
  if (!path.encoded.endsWith('/')) return { kind: 'redirect', location: `${path.encoded}/` };
  const index = await find(root, `${path.decoded}/index.html`);
  return index?.kind === 'file' ? index : undefined;
}

/** The not-found page for a path: the language's own (`/de/404/`) when the path is under one, else `/404.html`. */
async function notFoundPage(root: string, decoded: string): Promise<Found> {
  const lang = /^\/([a-z]{2,3})\//.exec(decoded)?.[1];
  const own = lang ? await find(root, `/${lang}/404/index.html`) : undefined;
  if (own?.kind === 'file') return own;
  const global = await find(root, '/404.html');
  return global?.kind === 'file' ? global : undefined;
}

function answerPlain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...HOST_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/** Sends an open file; a read that fails or ends early (the file changed) ends only this response. */
async function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: { handle: FileHandle; path: string }): Promise<void> {
  try {
    res.writeHead(status, { ...HOST_HEADERS, 'content-type': TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else await pipeline(file.handle.createReadStream({ autoClose: false }), res);
  } finally {
    await file.handle.close().catch(() => undefined);
  }
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answerPlain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
  const path = requestPath(req.url ?? '/');
  if (!path) return answerPlain(res, 400, 'Bad request');
  const found = await resolvePage(root, path);
  if (found?.kind === 'redirect') return answerPlain(res, 301, 'Moved', { location: found.location });
  if (found?.kind === 'file') return sendFile(req, res, 200, found);
  const notFound = await notFoundPage(root, path.decoded);
  if (notFound?.kind === 'file') return sendFile(req, res, 404, notFound);
  return answerPlain(res, 404, 'Not found');
}

/** Answers a request whose handling failed: a 500 if nothing was sent yet, else the connection ends. */
function answerFailure(res: ServerResponse): void {
  if (!res.headersSent) {
    try {
      answerPlain(res, 500, 'Internal error');
      return;
    } catch {
      // fall through: the response cannot be written any more
    }
  }
  res.destroy();
}

/** Serves a built site folder on 127.0.0.1 (at `port`, default an ephemeral one). */
export async function serveSite(root: string, port = 0): Promise<StaticServer> {
  const realRoot = realpathSync(resolvePathOf(root));
  const server: Server = createServer((req, res) => {
    answer(realRoot, req, res).catch(() => answerFailure(res));
  });
  // A port already taken rejects here, for the caller to say so.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

// The static server `npm start` uses: trailing-slash redirects, each language's own 404 page,
// nothing outside the site folder, and no request that can stop it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath, serveSite, type StaticServer } from '../../src/site/serve-static.ts';

/** Sends `target` byte for byte as the request line and gives the status and `Location` of the answer. */
function rawGet(origin: string, target: string): Promise<{ status: number; location: string | undefined }> {
  const port = Number(new URL(origin).port);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const head = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, location: /\r\nlocation: ([^\r]*)/i.exec(head)?.[1] });
    });
    socket.write(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1'));
  });
}

describe('serveSite', () => {
  const root = mkdtempSync(join(tmpdir(), 'tandem-serve-'));
  let server: StaticServer;
  beforeAll(async () => {
    for (const [path, body] of [
      ['index.html', 'root'],
      ['404.html', 'site 404'],
      ['de/index.html', 'de index'],
      ['de/page/index.html', 'de page'],
      ['de/404/index.html', 'de 404'],
      ['ja/はじめに/index.html', 'ja page'],
      ['de/big.txt', 'x'.repeat(4 << 20)],
    ]) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), body);
    }
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    mkdirSync(join(root, '..', 'secret-dir'), { recursive: true });
    writeFileSync(join(root, '..', 'secret-dir', 'index.html'), 'secret');
    symlinkSync(join(root, '..', 'secret.txt'), join(root, 'de', 'linked.txt'));
    symlinkSync(join(root, '..', 'secret-dir'), join(root, 'de', 'linked-dir'));
    symlinkSync(join(root, 'de', 'page', 'index.html'), join(root, 'de', 'inner-link.html'));
    server = await serveSite(root);
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

  it('redirects a page address without its trailing slash to the one with it', async () => {
    const r = await get('/de/page');
    expect([r.status, r.headers.get('location')]).toEqual([301, '/de/page/']);
  });

  it('redirects a page with a Japanese name by its encoded address and serves it', async () => {
    const r = await rawGet(server.origin, '/ja/%E3%81%AF%E3%81%98%E3%82%81%E3%81%AB');
    expect(r).toEqual({ status: 301, location: '/ja/%E3%81%AF%E3%81%98%E3%82%81%E3%81%AB/' });
    const page = await get(r.location ?? '');
    expect([page.status, await page.text()]).toEqual([200, 'ja page']);
    // Unencoded UTF-8 in the request line is refused by Node's HTTP parser itself (400); answered all the same.
    const raw = await rawGet(server.origin, Buffer.from('/ja/はじめに', 'utf8').toString('latin1'));
    expect(raw.status).toBe(400);
  });

  it('serves a missing page of a language with that language’s 404 page, others with the site’s', async () => {
    const de = await get('/de/nope/');
    expect([de.status, await de.text()]).toEqual([404, 'de 404']);
    const other = await get('/xx-nope/');
    expect([other.status, await other.text()]).toEqual([404, 'site 404']);
  });

  it('sends the headers a host should send beside the page’s policy', async () => {
    const r = await get('/de/page/');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('reads nothing outside the site folder', async () => {
    const r = await get('/../secret.txt');
    expect(await r.text()).not.toBe('secret');
    const encoded = await get('/%2e%2e/secret.txt');
    expect(await encoded.text()).not.toBe('secret');
  });

  it('follows no symbolic link inside the site folder, to a file, a folder or another page', async () => {
    for (const path of ['/de/linked.txt', '/de/linked-dir/', '/de/linked-dir', '/de/inner-link.html']) {
      const r = await get(path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(await r.text()).toBe('de 404');
    }
  });

  it('redirects only to a path on its own origin, built from the encoded request path', async () => {
    for (const target of ['/%2fevil.example%2f..%2fde', '/%5cevil.example%5c..%5cde', '//evil.example/../de', '/\\evil.example/../de', '///de']) {
      const r = await rawGet(server.origin, target);
      expect(r.status, target).toBeGreaterThan(0);
      if (r.location !== undefined) expect(r.location, target).toMatch(/^\/[^/\\]/);
    }
  });

  it('answers paths that decode to line breaks, NUL and characters above U+00FF, and stays up', async () => {
    const targets = ['/de%0d%0aSet-Cookie:%20x=1', '/de%0a', '/de%00', '/%E2%80%A8de', '/de/%E2%80%A8', '/de%E2%80%A8', '/%ff', '/%', '/de/%C0%AF'];
    for (const target of targets) {
      const r = await rawGet(server.origin, target);
      expect([target, r.status >= 300 && r.status < 500]).toEqual([target, true]);
      if (r.location !== undefined) expect(r.location).toMatch(/^\/[\x21-\x7e]*$/);
    }
    const check = await get('/de/page/');
    expect(check.status).toBe(200);
  });

  it('answers every request of a fuzzed set and stays up', async () => {
    const segment = fc.oneof(
      fc.constantFrom('de', 'page', 'ja', '..', '.', '%2f', '%5c', '%2e%2e', '%00', '%0d%0a', '%E2%80%A8', '%ff', '%', '?', '#', '\\', ''),
      fc.string({ unit: 'binary', maxLength: 6 }).map((s) => encodeURIComponent(s)),
    );
    const target = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
    await fc.assert(
      fc.asyncProperty(target, async (path) => {
        const r = await rawGet(server.origin, path);
        expect(r.status).toBeGreaterThanOrEqual(200);
        if (r.location !== undefined) expect(r.location).toMatch(/^\/[^/\\][\x21-\x7e]*$/);
      }),
      { numRuns: 300 },
    );
    expect((await get('/de/page/')).status).toBe(200);
  });

  it('answers or ends each request while a file it serves is replaced or removed, and stays up', async () => {
    const file = join(root, 'de', 'big.txt');
    let flipping = true;
    const flip = (async () => {
      for (let i = 0; flipping; i++) {
        if (i % 2) writeFileSync(file, 'y'.repeat(1 << 20));
        else rmSync(file, { force: true });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => get('/de/big.txt').then((r) => r.arrayBuffer().then(() => r.status), () => 'ended')),
    );
    flipping = false;
    await flip;
    expect(answers.every((a) => a === 200 || a === 404 || a === 'ended')).toBe(true);
    expect((await get('/de/page/')).status).toBe(200);
  });

  it('rejects, rather than throwing out of the process, when its port is taken', async () => {
    await expect(serveSite(root, Number(new URL(server.origin).port))).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('answers methods it does not serve with 405', async () => {
    const r = await fetch(`${server.origin}/de/page/`, { method: 'POST' });
    expect(r.status).toBe(405);
  });
});

describe('requestPath', () => {
  it.each([
    ['/de/page', '/de/page', '/de/page'],
    ['//evil.example/de', '/evil.example/de', '/evil.example/de'],
    ['/\\evil.example', '/evil.example', '/evil.example'],
    ['/%2fevil', '/%2fevil', '//evil'],
    ['/de?x=%0d', '/de', '/de'],
  ])('reads %j as the encoded path %j', (target, encoded, decoded) => {
    expect(requestPath(target)).toEqual({ encoded, decoded });
  });

  it.each(['http://evil.example/', '*', '/%', '/de%00'])('refuses %j', (target) => {
    expect(requestPath(target)).toBeUndefined();
  });
});

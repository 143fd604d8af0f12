// The static server `npm start` uses: trailing-slash redirects, each language's own 404 page,
// nothing outside the site folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type StaticServer } from '../../src/site/serve-static.ts';

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
    ]) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), body);
    }
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    server = await serveSite(root);
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

  it('redirects a page address without its trailing slash to the one with it', async () => {
    const r = await get('/de/page');
    expect([r.status, r.headers.get('location')]).toEqual([301, '/de/page/']);
  });

  it('serves a missing page of a language with that language’s 404 page, others with the site’s', async () => {
    const de = await get('/de/nope/');
    expect([de.status, await de.text()]).toEqual([404, 'de 404']);
    const other = await get('/xx-nope/');
    expect([other.status, await other.text()]).toEqual([404, 'site 404']);
  });

  it('reads nothing outside the site folder', async () => {
    const r = await get('/../secret.txt');
    expect(await r.text()).not.toBe('secret');
    const encoded = await get('/%2e%2e/secret.txt');
    expect(await encoded.text()).not.toBe('secret');
  });
});

// What the build learned from each source, kept by content hash so that a second build (or the
// dev server after a save) only redoes the sources that changed: the aligned document and the
// parts computed from it alone (per-document QA, the requirement model, each page's HTML in a
// given link context). Kept in memory and, given a folder, on disk between builds (v8
// serialization, written to a temporary file and renamed, so a killed build leaves no torn entry).
// The key covers the source's bytes, its name, the parse options and the code of the pipeline
// itself, so a changed parser never serves an old reading.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { AlignedDocument } from '../sxs/types.js';
import { walkFiles } from '../sxs/walk-sources.js';

/** Computes a part of what a document yields, or gives back the part kept for the same document and key. */
export type Memo = <T>(doc: AlignedDocument, part: string, compute: () => T) => T;

/** The memo of a build without a cache: every part computed. */
export const memoOf = (cache: SourceCache | undefined): Memo => cache?.memo ?? ((_doc, _part, compute) => compute());

interface Entry {
  doc: AlignedDocument;
  parts: Map<string, unknown>;
  /** Parts added since the entry was read or written. */
  dirty: boolean;
  /** Whether the document itself is on disk already. */
  stored: boolean;
}

/** Where the content loaders keep what each source yields, below Astro's cache folder. */
export const sourceCacheDir = (astroCacheDir: URL): string => join(fileURLToPath(astroCacheDir), 'tandem-sources');

const caches = new Map<string, SourceCache>();

/**
 * One cache per cache folder for the life of the process: the dev server keeps documents in
 * memory between saves (`keepInMemory`); a build reads each source once.
 */
export function sourceCacheFor(dir: string, keepInMemory: boolean): SourceCache {
  let cache = caches.get(dir);
  if (!cache) caches.set(dir, (cache = new SourceCache(dir, { keepInMemory })));
  return cache;
}

const SRC = fileURLToPath(new URL('../', import.meta.url));
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let version: string | undefined;

/** A hash of the pipeline's code and the installed packages: any change of either starts the cache afresh. */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  try {
    for (const file of walkFiles(SRC, (name) => /\.(?:ts|tsx|json)$/.test(name)).files) hash.update(relative(SRC, file)).update('\0').update(readFileSync(file)).update('\0');
    hash.update(readFileSync(join(SRC, '..', 'package-lock.json')));
    version = hash.digest('hex').slice(0, 16);
  } catch {
    // Not running from the project's sources (a bundle): nothing can be kept safely.
    version = '';
  }
  return version;
}

export const hashOf = (...parts: Array<string | Uint8Array>): string => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 32);
};

export class SourceCache {
  private entries = new Map<string, Entry>();
  private keys = new WeakMap<AlignedDocument, string>();
  private used = new Set<string>();
  /** How this build got its documents: read from the cache or parsed. */
  readonly counts = { reused: 0, parsed: 0 };
  /** How the last build that ended (`flush`) got its documents. */
  lastBuild = { reused: 0, parsed: 0 };
  private atLastFlush = { reused: 0, parsed: 0 };

  private readonly dir: string | undefined;
  private readonly options: { keepInMemory?: boolean };

  /**
   * `dir`: where entries are kept between processes; none keeps them in memory only.
   * `keepInMemory: false` lets the documents go once a build has ended (one build per process,
   * as `astro build` runs), so the rest of the build has their memory.
   */
  constructor(dir?: string, options: { keepInMemory?: boolean } = {}) {
    this.dir = dir;
    this.options = options;
  }

  private path(key: string, kind: 'doc' | 'parts'): string {
    return join(this.dir!, `${key}.${kind}`);
  }

  private read(key: string): Entry | undefined {
    if (!this.dir) return undefined;
    try {
      const doc = deserialize(readFileSync(this.path(key, 'doc'))) as AlignedDocument;
      let parts = new Map<string, unknown>();
      try {
        parts = deserialize(readFileSync(this.path(key, 'parts'))) as Map<string, unknown>;
      } catch {
        // No parts kept yet: they are computed again.
      }
      return { doc, parts, dirty: false, stored: true };
    } catch {
      return undefined;
    }
  }

  /** The document of a source: kept from an earlier build when the bytes, name and options are the same, else `parse()`. */
  document(bytes: Uint8Array, name: string, options: unknown, parse: () => AlignedDocument): AlignedDocument {
    const v = codeVersion();
    const key = hashOf(v, name, JSON.stringify(options ?? null), bytes);
    let entry = v ? (this.entries.get(key) ?? this.read(key)) : undefined;
    if (entry) this.counts.reused++;
    else {
      this.counts.parsed++;
      entry = { doc: parse(), parts: new Map(), dirty: true, stored: false };
    }
    this.entries.set(key, entry);
    this.keys.set(entry.doc, key);
    this.used.add(key);
    return entry.doc;
  }

  /** The cache key of a document this cache gave out. */
  keyOf(doc: AlignedDocument): string | undefined {
    return this.keys.get(doc);
  }

  readonly memo: Memo = (doc, part, compute) => {
    const key = this.keys.get(doc);
    const entry = key === undefined ? undefined : this.entries.get(key);
    if (!entry) return compute();
    if (entry.parts.has(part)) return entry.parts.get(part) as ReturnType<typeof compute>;
    const value = compute();
    entry.parts.set(part, value);
    entry.dirty = true;
    return value;
  };

  /**
   * Ends a build: entries of sources no longer in the folder leave memory, new and changed ones
   * are written, and entries on disk that no build used for a week are removed. Returns how many
   * entries were written.
   */
  flush(): number {
    this.lastBuild = { reused: this.counts.reused - this.atLastFlush.reused, parsed: this.counts.parsed - this.atLastFlush.parsed };
    this.atLastFlush = { ...this.counts };
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    let written = 0;
    if (this.dir && codeVersion()) {
      mkdirSync(this.dir, { recursive: true });
      const write = (path: string, value: unknown) => {
        const temp = `${path}.${process.pid}.tmp`;
        writeFileSync(temp, serialize(value));
        renameSync(temp, path);
      };
      for (const [key, entry] of this.entries) {
        if (!entry.dirty) continue;
        if (!entry.stored) write(this.path(key, 'doc'), entry.doc);
        write(this.path(key, 'parts'), entry.parts);
        entry.dirty = false;
        entry.stored = true;
        written++;
      }
      // Entries other folders' builds use stay; what no build has used for a week goes.
      const now = Date.now();
      for (const name of readdirSync(this.dir)) {
        const path = join(this.dir, name);
        const key = name.split('.')[0]!;
        const age = now - statSync(path).mtimeMs;
        if (this.used.has(key) && !name.endsWith('.tmp')) {
          if (age > DAY) utimesSync(path, new Date(now), new Date(now));
        } else if (age > (name.endsWith('.tmp') ? HOUR : 7 * DAY)) rmSync(path, { force: true });
      }
    }
    this.used.clear();
    if (this.dir && this.options.keepInMemory === false) this.entries.clear();
    return written;
  }
}

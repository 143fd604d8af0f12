// Replaces several files so that a crash or kill at any moment leaves each one either wholly
// old or wholly new, and a failure before the last rename leaves all of them old. The way
// write-file-atomic does it (temp file in the same folder, fsync, rename), for a batch: every
// temp file is written and synced first, and only then are they renamed over the originals.
// Hand-written because the batch and the rollback are the point, and it is forty lines.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export interface FileWrite {
  path: string;
  data: Uint8Array;
}

/** The file operations the batch needs; tests replace them to fail at a chosen step. */
export interface AtomicFs {
  /** Creates `path` (it must not exist), writes `data`, syncs it to disk and closes it. */
  writeNew(path: string, data: Uint8Array, mode: number): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  /** Makes the folder's entries (the renames) durable; may do nothing where unsupported. */
  syncFolder(path: string): void;
}

export const nodeFs: AtomicFs = {
  writeNew(path, data, mode) {
    const fd = openSync(path, 'wx', mode);
    try {
      for (let done = 0; done < data.length; ) done += writeSync(fd, data, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
  remove: unlinkSync,
  syncFolder(path) {
    try {
      const fd = openSync(path, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch {
      // Some platforms cannot open or sync a folder; the renames are atomic all the same.
    }
  },
};

export interface WriteFilesOptions {
  /** File operations. Default: `nodeFs` (node:fs with fsync). */
  fs?: AtomicFs;
}

const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

const modeOf = (path: string) => {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return 0o644;
  }
};

/**
 * Writes every file or, when any step fails, none: the error is rethrown after temp files are
 * removed and files already renamed are put back to their old bytes.
 */
export function writeFilesAtomic(writes: FileWrite[], options: WriteFilesOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  const staged: Array<FileWrite & { temp: string; old?: Buffer }> = [];
  let renamed = 0;
  try {
    for (const w of writes) {
      let old: Buffer | undefined;
      try {
        old = readFileSync(w.path);
      } catch {
        old = undefined; // a new file (`--out`)
      }
      const entry = { ...w, temp: tempName(w.path), old };
      staged.push(entry); // before writing, so that a half-written temp file is removed too
      fs.writeNew(entry.temp, w.data, modeOf(w.path));
    }
    for (const s of staged) {
      fs.rename(s.temp, s.path);
      renamed++;
    }
  } catch (error) {
    for (const s of staged.slice(renamed)) tryTo(() => fs.remove(s.temp));
    for (const s of staged.slice(0, renamed)) {
      if (s.old) tryTo(() => writeFilesAtomic([{ path: s.path, data: s.old! }], { fs }));
    }
    throw error;
  }
  for (const folder of new Set(staged.map((s) => dirname(s.path)))) fs.syncFolder(folder);
}

function tryTo(action: () => void): void {
  try {
    action();
  } catch {
    // Best effort while already failing: the first error is the one reported.
  }
}

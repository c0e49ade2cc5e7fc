// Paths for the CLI: folders given as inputs expanded in path order, and whether two paths name one file.
// (Reading an input is input.ts; writing an output is output.ts.)
import { promises as fs, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Unusable } from './input';

/** Files Excel, WPS and LibreOffice leave beside an open workbook, and hidden files. */
function skipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock') || name.startsWith('.');
}

async function walk(dir: string, extensions: string[], out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  // Path order: names compared by code point, so the order is the same on every machine and in every locale.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, extensions, out);
    else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

/**
 * The files to check, in order: each argument as given, a folder replaced by every file with one of `extensions`
 * beneath it, recursively, in path order, lock files skipped. A path that does not exist is kept, to be reported.
 * `folders`: how many of the arguments were folders.
 */
export async function expandInputs(args: string[], extensions = ['.xlsx']): Promise<{ files: string[]; folders: number }> {
  const files: string[] = [];
  let folders = 0;
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await fs.stat(arg)).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    folders++;
    const found: string[] = [];
    await walk(arg, extensions, found);
    if (found.length === 0) throw new Unusable(`文件夹 ${arg} 中没有 ${extensions.join(' / ')} 文件`);
    files.push(...found);
  }
  return { files, folders };
}

/** The same file by path, by real path (symlinks) or by device and inode (hard links). */
export function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

// Files on disk for the CLI: inputs read with a zh-CN reason when they cannot be, folders expanded in path order,
// outputs written atomically.
import { promises as fs, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** An input that cannot be checked; `reason` is the one zh-CN line for stderr. */
export class Unusable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new Unusable(`${file} 是文件夹，不是 .xlsx 文件`);
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof Unusable) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Unusable(`找不到文件 ${file}`);
    if (code === 'EACCES' || code === 'EPERM') throw new Unusable(`没有权限读取 ${file}`);
    throw new Unusable(`无法读取 ${file}（${(error as Error).message.split('\n')[0]}）`);
  }
}

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
 */
export async function expandInputs(args: string[], extensions = ['.xlsx']): Promise<string[]> {
  const files: string[] = [];
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
    const found: string[] = [];
    await walk(arg, extensions, found);
    if (found.length === 0) throw new Unusable(`文件夹 ${arg} 中没有 ${extensions.join(' / ')} 文件`);
    files.push(...found);
  }
  return files;
}

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

/** Writes beside the target first and renames only once the bytes are all on disk. */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

// Writing recalc's output: beside the target in a temp file of its own, renamed over the target only once every
// byte is on disk; the target's mode kept; a symlink written through to the file it names; a missing folder
// refused. SIGINT/SIGTERM during the write remove the temp file. A temp file left by a run killed outright
// (SIGKILL, power loss) is never renamed into place: each run's temp file has its own name, and stale ones of
// runs no longer alive are removed by the next write to the same target.
import { promises as fs, rmSync } from 'node:fs';
import * as path from 'node:path';
import { Unusable, firstLine } from './input';

const TEMP_TAG = '.jixiao-tmp-';

/** ".结果.xlsx.jixiao-tmp-4242-k3x9.tmp": hidden, never ending in .xlsx, so no folder scan takes it for a workbook. */
function tempName(target: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_TAG}${process.pid}-${random}.tmp`);
}

/** The file a write to `output` must land in: a symlink's final target (resolved even when it does not exist yet). */
export async function resolveOutput(output: string): Promise<string> {
  let target = path.resolve(output);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      link = await fs.readlink(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'UNKNOWN') break; // not a link, or nothing there yet
      throw new Unusable(`无法写出 ${output}（${firstLine(error)}）`);
    }
    target = path.resolve(path.dirname(target), link);
  }
  // The folder may itself sit behind links: resolve it too, so the temp file and the target share one folder.
  const dir = path.dirname(target);
  let realDir: string;
  try {
    realDir = await fs.realpath(dir);
  } catch {
    throw new Unusable(`输出文件夹 ${path.dirname(output) || '.'} 不存在，请先建好它；没有写出任何文件`);
  }
  const stat = await fs.stat(realDir);
  if (!stat.isDirectory()) throw new Unusable(`输出路径 ${path.dirname(output)} 不是文件夹；没有写出任何文件`);
  return path.join(realDir, path.basename(target));
}

/** Temp files being written, removed if the process is told to stop. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  // 128 + signal number, as shells report a process ended by a signal.
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function guardSignals(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('SIGINT', removePendingAndExit);
  process.on('SIGTERM', removePendingAndExit);
}

function unguardSignals(): void {
  if (!handlersInstalled || pending.size > 0) return;
  handlersInstalled = false;
  process.off('SIGINT', removePendingAndExit);
  process.off('SIGTERM', removePendingAndExit);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files that runs no longer alive left beside `target`. */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}${TEMP_TAG}`;
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) {
      await fs.rm(path.join(path.dirname(target), name), { force: true }).catch(() => undefined);
    }
  }
}

/**
 * Writes `bytes` to `output` (resolved by resolveOutput) atomically: the old file, if any, stays whole until the
 * rename; a new file gets the default mode, a replaced one keeps its own.
 */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  let mode: number | null = null;
  try {
    const stat = await fs.stat(target);
    if (stat.isDirectory()) throw new Unusable(`${target} 是文件夹，不能作为输出文件`);
    if (!stat.isFile()) throw new Unusable(`${target} 不是普通文件，不能作为输出文件`);
    mode = stat.mode & 0o7777;
  } catch (error) {
    if (error instanceof Unusable) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Unusable(`无法写出 ${target}（${firstLine(error)}）`);
  }
  await removeStaleTemps(target);
  const temp = tempName(target);
  guardSignals();
  pending.add(temp);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      if (mode !== null) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof Unusable) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new Unusable(`没有权限写入 ${path.dirname(target)}；没有写出任何文件`);
    if (code === 'ENOSPC') throw new Unusable(`磁盘空间不足，无法写出 ${target}；原有文件未改动`);
    throw new Unusable(`无法写出 ${target}（${firstLine(error)}）`);
  } finally {
    pending.delete(temp);
    unguardSignals();
  }
}

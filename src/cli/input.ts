// Reading an input file: regular files only, never more than the cap, so `jixiao check /dev/zero` or a FIFO ends
// at once with a reason instead of reading forever.
import { constants, promises as fs } from 'node:fs';
import { MAX_FILE_BYTES, megabytes } from '../file/limits';

/** An input that cannot be checked; `reason` is the one zh-CN line for stderr (and for JSON's "error"). */
export class Unusable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Unusable';
  }
}

function kindOf(stat: import('node:fs').Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return '文件夹';
  if (stat.isFIFO()) return '管道（FIFO）';
  if (stat.isSocket()) return '套接字';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备';
  return '特殊文件';
}

/**
 * The bytes of a regular file of at most MAX_FILE_BYTES. Opened without blocking (a FIFO with no writer would
 * otherwise hang the open itself) and checked on the open handle, so what is checked is what is read.
 */
export async function readInput(file: string, kindWanted = ' .xlsx 文件'): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new Unusable(openReason(file, error));
  }
  try {
    const stat = await handle.stat();
    const kind = kindOf(stat);
    if (kind) throw new Unusable(`${file} 是${kind}，不是${kindWanted}`);
    if (stat.size > MAX_FILE_BYTES) throw new Unusable(`${file} 有 ${megabytes(stat.size)}，超过 ${megabytes(MAX_FILE_BYTES)} 的上限；绩效自评表通常不到 1 MB，请确认是否选错了文件`);
    // Read to the cap and one byte more: a file that grows while it is read (or a /proc file that reports 0) is
    // still held to the cap.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(Math.max(stat.size - total, 64 * 1024), MAX_FILE_BYTES + 1 - total));
      if (chunk.length === 0) break;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > MAX_FILE_BYTES) throw new Unusable(`${file} 超过 ${megabytes(MAX_FILE_BYTES)} 的上限；绩效自评表通常不到 1 MB，请确认是否选错了文件`);
    if (chunks.length === 1) return chunks[0];
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } catch (error) {
    if (error instanceof Unusable) throw error;
    throw new Unusable(`无法读取 ${file}（${firstLine(error)}）`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function openReason(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件 ${file}`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取 ${file}`;
  if (code === 'EISDIR') return `${file} 是文件夹，不是 .xlsx 文件`;
  if (code === 'ENXIO') return `${file} 是套接字或没有写入方的设备，不是 .xlsx 文件`;
  return `无法读取 ${file}（${firstLine(error)}）`;
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}

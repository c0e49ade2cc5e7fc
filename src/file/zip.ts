// The .xlsx package as a zip: its directory read without inflating anything, so the size caps (limits.ts) are
// checked before a byte is inflated, then each part inflated with its size held to what the directory declared
// (a zip may lie about sizes; a part that inflates past its declared size is refused as soon as it does).
// Format: PKWARE APPNOTE.TXT 6.3 §4.3 (end of central directory, ZIP64 records, central directory headers).
import { Inflate } from 'fflate';
import { WorkbookError, tooBig } from './errors';
import { MAX_CELLS, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, megabytes } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(detail: string): WorkbookError {
  return new WorkbookError('corrupt', `工作簿已损坏，无法读取（${detail}）`);
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(offset: number, length: number): boolean {
    return offset >= 0 && offset + length <= this.bytes.length;
  }
  u16(offset: number): number {
    if (!this.has(offset, 2)) throw corrupt('压缩包目录不完整');
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    if (!this.has(offset, 4)) throw corrupt('压缩包目录不完整');
    return this.view.getUint32(offset, true);
  }
  u64(offset: number): number {
    const low = this.u32(offset);
    const high = this.u32(offset + 4);
    return high * 0x1_0000_0000 + low; // exact below 2^53, far beyond any cap
  }
}

const utf8 = new TextDecoder('utf-8');

/** The central directory's entries, in directory order. Throws a WorkbookError when the zip cannot be read. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const r = new Reader(bytes);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (r.u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt('找不到压缩包目录，文件可能不完整');
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && r.has(eocd - 20, 20) && r.u32(eocd - 20) === ZIP64_LOCATOR) {
    const zip64 = r.u64(eocd - 20 + 8);
    if (r.u32(zip64) !== ZIP64_EOCD) throw corrupt('ZIP64 目录记录无效');
    count = r.u64(zip64 + 32);
    offset = r.u64(zip64 + 48);
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new WorkbookError('too-large', `压缩包中有 ${count} 个部件，超过 ${MAX_ZIP_ENTRIES} 个的上限，不是正常的 Excel 工作簿`);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (r.u32(offset) !== CENTRAL) throw corrupt('压缩包目录项无效');
    const flags = r.u16(offset + 8);
    const method = r.u16(offset + 10);
    let compressedSize = r.u32(offset + 20);
    let size = r.u32(offset + 24);
    const nameLength = r.u16(offset + 28);
    const extraLength = r.u16(offset + 30);
    const commentLength = r.u16(offset + 32);
    let localOffset = r.u32(offset + 42);
    if (!r.has(offset + 46, nameLength + extraLength)) throw corrupt('压缩包目录项无效');
    const name = utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // ZIP64 extended information (APPNOTE §4.5.3): the 64-bit values of the fields that read 0xFFFFFFFF, in order.
    for (let at = offset + 46 + nameLength, end = at + extraLength; at + 4 <= end; ) {
      const id = r.u16(at);
      const length = r.u16(at + 2);
      if (id === 0x0001) {
        let field = at + 4;
        if (size === 0xffffffff) {
          size = r.u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = r.u64(field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = r.u64(field);
      }
      at += 4 + length;
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a package whose declared sizes are over the caps; nothing is inflated. */
export function assertDeclaredSizes(bytes: Uint8Array, entries: ZipEntry[]): void {
  if (bytes.length > MAX_FILE_BYTES) throw tooBig(bytes.length);
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > MAX_UNZIPPED_BYTES) throw tooBigUnzipped(total);
}

function tooBigUnzipped(bytes: number): WorkbookError {
  return new WorkbookError(
    'too-large',
    `工作簿解压后超过 ${megabytes(MAX_UNZIPPED_BYTES)}（目录声明 ${megabytes(bytes)}），不像绩效自评表，可能是压缩炸弹，不予打开`,
  );
}

/** One part's bytes, inflated; throws as soon as it inflates past its declared size. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, keep = true): Uint8Array {
  const r = new Reader(bytes);
  if (entry.flags & 1) throw new WorkbookError('encrypted', '压缩包中的部件设有密码，不是 Excel 可以打开的工作簿');
  if (r.u32(entry.localOffset) !== LOCAL) throw corrupt(`${entry.name} 的位置无效`);
  const start = entry.localOffset + 30 + r.u16(entry.localOffset + 26) + r.u16(entry.localOffset + 28);
  if (!r.has(start, entry.compressedSize)) throw corrupt(`${entry.name} 不完整`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`${entry.name} 的大小与目录不符`);
    return keep ? data : new Uint8Array(0);
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
  const out = keep ? new Uint8Array(entry.size) : null;
  let filled = 0;
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > entry.size) throw corrupt(`${entry.name} 解压后大于目录声明的大小`);
    out?.set(chunk, filled);
    filled += chunk.length;
  });
  const STEP = 64 * 1024;
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw corrupt(`${entry.name} 无法解压`);
  }
  if (filled !== entry.size) throw corrupt(`${entry.name} 解压后的大小与目录不符`);
  return out ?? new Uint8Array(0);
}

/** A worksheet part, by the names ExcelJS and Excel give them. */
export function isWorksheetPart(name: string): boolean {
  return /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

export interface PackageOptions {
  /** Parts to keep the inflated bytes of. */
  keep: (name: string) => boolean;
  /** Inflate every part, kept or not, to hold each to its declared size (before handing the package to a library
   *  that inflates everything without a bound). */
  verifyAll?: boolean;
}

/**
 * Opens a package within the caps: declared sizes first, then each part inflated within its declared size, and the
 * cells of every worksheet counted before anything builds objects for them. Returns the kept parts by name.
 */
export function openPackage(bytes: Uint8Array, options: PackageOptions): Map<string, Uint8Array> {
  const entries = zipDirectory(bytes);
  assertDeclaredSizes(bytes, entries);
  const parts = new Map<string, Uint8Array>();
  let cells = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const sheet = isWorksheetPart(entry.name);
    const keep = options.keep(entry.name);
    if (!sheet && !keep && !options.verifyAll) continue;
    const data = inflateEntry(bytes, entry, keep || sheet);
    if (sheet) {
      cells += countCells(data);
      if (cells > MAX_CELLS) {
        throw new WorkbookError('too-large', `工作簿中的单元格（含合并区域）超过 ${MAX_CELLS / 10_000} 万个的上限；请只保留绩效自评表所在的工作表后再检查`);
      }
    }
    if (keep) parts.set(entry.name.replace(/^\//, ''), data);
  }
  return parts;
}

const LT = 0x3c;
const GT = 0x3e;

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x2f || b === GT || b === 0x09 || b === 0x0a || b === 0x0d;
}

const ascii = new TextDecoder('latin1');

/** Cells a worksheet's XML writes (<c> elements, with or without a namespace prefix) plus the cells its merged
 *  areas cover, counted on the raw bytes: this runs before any XML parser, so it must not build anything. */
export function countCells(xml: Uint8Array): number {
  let cells = 0;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i] !== LT) continue;
    let end = i + 1;
    while (end < xml.length && !isNameEnd(xml[end])) end++;
    const length = end - i - 1;
    // "c" or "x:c"
    if (xml[end - 1] === 0x63 && (length === 1 || xml[end - 2] === 0x3a)) {
      cells++;
    } else if (length >= 9 && ascii.decode(xml.subarray(end - 9, end)) === 'mergeCell' && (length === 9 || xml[end - 10] === 0x3a)) {
      let close = end;
      while (close < xml.length && xml[close] !== GT) close++;
      const ref = /\bref\s*=\s*["']([^"']+)["']/.exec(ascii.decode(xml.subarray(end, close)))?.[1];
      if (ref) cells += mergedArea(ref);
      i = close;
      continue;
    }
    i = end - 1;
  }
  return cells;
}

/** Cells a merged range such as "A1:XFD1048576" covers (0 for a ref that is no range). */
function mergedArea(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return 0;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return (Math.abs(col(m[3]) - col(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
}

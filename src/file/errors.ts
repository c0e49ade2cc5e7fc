// Why a file cannot be used as a workbook, with a one-line zh-CN reason a person can act on.
import { MAX_FILE_BYTES, megabytes } from './limits';

export type WorkbookErrorCode =
  /** Not a zip and not an OLE file: a text file, an image, an empty file… */
  | 'not-a-workbook'
  /** An OLE compound file without encryption: the old .xls format. */
  | 'legacy-xls'
  /** An OLE compound file holding an encrypted OOXML package: a password-protected workbook. */
  | 'encrypted'
  /** A zip that is not an Excel package (a .docx, a .zip of photos…). */
  | 'not-xlsx'
  /** Looks like an .xlsx but could not be parsed. */
  | 'corrupt'
  /** An OLE compound file where a .docx was expected: the old .doc format. */
  | 'legacy-doc'
  /** A zip that is not a Word document (an .xlsx, a .zip of photos…). */
  | 'not-docx'
  /** Over one of the caps of limits.ts: too big a file, too much once inflated, too many cells. */
  | 'too-large';

/** Why an input file (a workbook or, for the report checks, a .docx) cannot be used. */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** One zh-CN line, shown as is on stderr or in the task pane. */
  readonly reason: string;

  constructor(code: WorkbookErrorCode, reason: string, options?: { cause?: unknown }) {
    super(reason);
    this.name = 'WorkbookError';
    this.code = code;
    this.reason = reason;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** A file over MAX_FILE_BYTES. */
export function tooBig(bytes: number): WorkbookError {
  return new WorkbookError('too-large', `文件有 ${megabytes(bytes)}，超过 ${megabytes(MAX_FILE_BYTES)} 的上限；绩效自评表通常不到 1 MB，请确认是否选错了文件`);
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError || (error instanceof Error && error.name === 'WorkbookError' && 'code' in error);
}

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Finds an ASCII (or, with utf16, UTF-16LE) string in raw bytes. */
function containsText(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const needle: number[] = [];
  for (const ch of text) {
    needle.push(ch.charCodeAt(0));
    if (utf16) needle.push(0);
  }
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Throws a WorkbookError unless the bytes look like an .xlsx package. Cheap: looks at the magic number and at the
 * part names, which a zip stores uncompressed.
 */
export function assertXlsxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookError('not-a-workbook', '文件是空的，不是 Excel 工作簿');
  if (bytes.length > MAX_FILE_BYTES) throw tooBig(bytes.length);
  if (startsWith(bytes, OLE_MAGIC)) {
    if (containsText(bytes, 'EncryptionInfo', true) || containsText(bytes, 'EncryptedPackage', true)) {
      throw new WorkbookError('encrypted', '工作簿设有打开密码，请在 Excel 中取消密码后再检查');
    }
    throw new WorkbookError('legacy-xls', '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookError('not-a-workbook', '不是 Excel 工作簿（.xlsx）文件');
  }
  if (!containsText(bytes, 'xl/workbook.xml')) {
    if (containsText(bytes, 'word/document')) throw new WorkbookError('not-xlsx', '这是 Word 文档，不是 Excel 工作簿');
    if (containsText(bytes, 'ppt/presentation')) throw new WorkbookError('not-xlsx', '这是 PowerPoint 文件，不是 Excel 工作簿');
    throw new WorkbookError('not-xlsx', '压缩包中没有 Excel 工作簿内容，不是 .xlsx 文件');
  }
}

/**
 * What a copy written through ExcelJS will not keep, as zh-CN lines (empty when nothing is lost). Looks at the part
 * names only, which a zip stores uncompressed.
 */
export function unsupportedParts(bytes: Uint8Array): string[] {
  const lost: string[] = [];
  if (containsText(bytes, 'xl/charts/chart')) lost.push('图表');
  if (containsText(bytes, 'xl/pivotTables/')) lost.push('数据透视表');
  if (containsText(bytes, 'xl/slicers/') || containsText(bytes, 'xl/slicerCaches/')) lost.push('切片器');
  if (containsText(bytes, 'xl/vbaProject.bin')) lost.push('宏');
  return lost;
}

/** Throws a WorkbookError unless the bytes look like a .docx package (magic number and part names only). */
export function assertDocxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookError('not-a-workbook', '文件是空的，不是 Word 文档');
  if (startsWith(bytes, OLE_MAGIC)) {
    if (containsText(bytes, 'EncryptionInfo', true) || containsText(bytes, 'EncryptedPackage', true)) {
      throw new WorkbookError('encrypted', '文档设有打开密码，请在 Word 中取消密码后再检查');
    }
    throw new WorkbookError('legacy-doc', '这是旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx 后再检查');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookError('not-a-workbook', '不是 Word 文档（.docx）文件');
  if (!containsText(bytes, 'word/')) {
    if (containsText(bytes, 'xl/workbook.xml')) throw new WorkbookError('not-docx', '这是 Excel 工作簿，不是 Word 文档');
    throw new WorkbookError('not-docx', '压缩包中没有 Word 文档内容，不是 .docx 文件');
  }
}

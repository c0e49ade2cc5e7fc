// The report door: a .docx 自评报告 read (never written) into its body paragraphs and its tables as Grids, so a table
// inside the report is found and checked like one in a workbook, and its sentences are read for claims.
// Runs in Node and in the browser: bytes in, no Node APIs. WordprocessingML (ECMA-376 Part 1 §17): w:body holds w:p
// and w:tbl (and w:sdt content controls around them); a w:tc spans w:gridSpan grid columns, and w:vMerge
// ("restart", or no value to continue) merges it with the cells above; w:gridBefore skips grid columns at a row's start.
import { XMLParser } from 'fast-xml-parser';
import type { ReportText } from '../core/claims';
import { emptyGrid, type Grid, rangeAddress, setCell } from '../core/grid';
import { parseNumber } from '../core/text';
import { assertDocxBytes, WorkbookError } from './errors';
import { MAX_FILE_BYTES, MAX_PART_BYTES, MAX_REPORT_CELLS, MAX_REPORT_PARAGRAPHS, megabytes } from './limits';
import { inflateEntry, zipDirectory, type ZipEntry } from './zip';

type Node = Record<string, unknown>;
type Children = Node[];

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function tagOf(node: Node): string {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return '';
}
function kids(node: Node): Children {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as Children) : [];
}
function attr(node: Node, name: string): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.[name];
}
function child(node: Node, tag: string): Node | undefined {
  return kids(node).find((n) => tagOf(n) === tag);
}

/** Text-bearing containers a run may sit in; their content reads as the paragraph's. */
const INLINE_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:moveTo', 'w:dir', 'w:bdo']);

function runText(nodes: Children, out: string[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:t') out.push(kids(n).map((t) => String((t as { '#text'?: unknown })['#text'] ?? '')).join(''));
    else if (tag === 'w:tab') out.push('\t');
    else if (tag === 'w:br' || tag === 'w:cr') out.push('\n');
    else if (tag === 'w:noBreakHyphen') out.push('-');
    else if (tag === 'w:r' || INLINE_CONTAINERS.has(tag)) runText(kids(n), out);
    // w:del / w:delText (deleted text), w:instrText (field codes), w:rPr, w:pPr and drawings hold no text of the paragraph.
  }
}

function paragraphText(p: Node): string {
  const out: string[] = [];
  runText(kids(p), out);
  return out.join('');
}

/** Body-level blocks in order, w:sdt content controls opened. */
function blocks(nodes: Children, out: Node[] = []): Node[] {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:p' || tag === 'w:tbl') out.push(n);
    else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') blocks(kids(n), out);
  }
  return out;
}

/** All text of a cell: its paragraphs (and those of tables nested in it) one per line. */
function cellText(tc: Node): string {
  const lines: string[] = [];
  const walk = (nodes: Children) => {
    for (const n of blocks(nodes)) {
      if (tagOf(n) === 'w:p') lines.push(paragraphText(n));
      else for (const tr of kids(n).filter((x) => tagOf(x) === 'w:tr')) for (const c of kids(tr).filter((x) => tagOf(x) === 'w:tc')) walk(kids(c));
    }
  };
  walk(kids(tc));
  return lines.join('\n').trim();
}

/** A cell's text as the engine reads a cell: numbers typed as text become numbers (Word has no other kind), with a
 *  format that shows them as typed ("51.78%" → 0.5178 as 0.00%), so number-as-text does not fire on every figure. */
function cellInput(text: string): { value: string | number; format: string | null } {
  const parsed = parseNumber(text);
  if (parsed.state !== 'text-number' || parsed.value === null) return { value: text, format: null };
  if (parsed.percent) {
    const d = parsed.percentDecimals ?? 0;
    return { value: Number(parsed.value.toFixed(d + 2)), format: d > 0 ? `0.${'0'.repeat(d)}%` : '0%' };
  }
  const folded = text.normalize('NFKC');
  const m = /\.(\d+)/.exec(folded);
  const d = m ? m[1].length : 0;
  const grouped = /\d,\d{3}/.test(folded);
  const decimals = d > 0 ? `.${'0'.repeat(d)}` : '';
  return { value: parsed.value, format: grouped ? `#,##0${decimals}` : d > 0 ? `0${decimals}` : null };
}

function tableGrid(tbl: Node, sheet: string, budget: { cells: number }): Grid {
  const grid = emptyGrid(sheet, []);
  const merges: string[] = [];
  const open = new Map<number, { top: number; left: number; right: number; bottom: number }>();
  const close = (col: number) => {
    const m = open.get(col);
    if (m && (m.bottom > m.top || m.right > m.left)) merges.push(rangeAddress(m.top, m.left, m.bottom, m.right));
    open.delete(col);
  };
  const rows = kids(tbl).filter((n) => tagOf(n) === 'w:tr');
  rows.forEach((tr, r) => {
    const trPr = child(tr, 'w:trPr');
    let col = Number(trPr && child(trPr, 'w:gridBefore') ? attr(child(trPr, 'w:gridBefore')!, 'w:val') ?? 0 : 0) || 0;
    for (const tc of kids(tr).filter((n) => tagOf(n) === 'w:tc')) {
      if (++budget.cells > MAX_REPORT_CELLS) throw new WorkbookError('too-large', `文档中的表格超过 ${MAX_REPORT_CELLS} 个单元格，无法检查`);
      const tcPr = child(tc, 'w:tcPr');
      const spanNode = tcPr && child(tcPr, 'w:gridSpan');
      const span = Math.max(1, Number(spanNode ? attr(spanNode, 'w:val') : 1) || 1);
      const vMergeNode = tcPr && child(tcPr, 'w:vMerge');
      const vMerge = vMergeNode ? (attr(vMergeNode, 'w:val') === 'restart' ? 'restart' : 'continue') : null;
      if (vMerge === 'continue' && open.has(col)) {
        open.get(col)!.bottom = r;
      } else {
        close(col);
        const text = cellText(tc);
        if (text !== '') setCell(grid, r, col, cellInput(text));
        if (vMerge === 'restart') open.set(col, { top: r, left: col, right: col + span - 1, bottom: r });
        else if (span > 1) merges.push(rangeAddress(r, col, r, col + span - 1));
      }
      col += span;
    }
  });
  for (const col of [...open.keys()]) close(col);
  grid.merges = merges.sort();
  return grid;
}

/** One part's text, refused from the zip directory's declared size before a byte is inflated (zip.ts holds the
 *  inflating to that size). */
function partText(bytes: Uint8Array, entries: ZipEntry[], name: string, maxBytes: number): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new WorkbookError('corrupt', `Word 文档缺少 ${name}，无法读取`);
  if (entry.size > maxBytes) throw new WorkbookError('too-large', `文档内容解压后超过 ${megabytes(maxBytes)}，无法检查`);
  return new TextDecoder('utf-8').decode(inflateEntry(bytes, entry));
}

/** The main document part, as the package's relationships name it (usually word/document.xml). */
function mainPart(bytes: Uint8Array, entries: ZipEntry[], maxBytes: number): string {
  if (entries.some((e) => e.name === '_rels/.rels')) {
    const xml = partText(bytes, entries, '_rels/.rels', maxBytes);
    const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(xml);
    const target = m && /Target="([^"]+)"/.exec(m[0]);
    if (target) return target[1].replace(/^\//, '');
  }
  return 'word/document.xml';
}

/** zip.ts speaks of workbooks; a report's reader says the same of a Word document. */
function asDocumentError(error: WorkbookError): WorkbookError {
  if (error.code === 'encrypted') return new WorkbookError('encrypted', 'Word 文档设有密码，无法读取；请另存为不加密的 .docx 后再试', { cause: error });
  if (error.code === 'corrupt') return new WorkbookError('corrupt', `Word 文档已损坏，无法读取（${error.reason}）`, { cause: error });
  return error;
}

/** Reads a .docx: its body paragraphs (1-based, empty ones counted) and its tables (表1, 表2 …) as Grids. */
export interface DocumentLimits {
  maxInputBytes: number;
  maxPartBytes: number;
}

export async function readDocument(
  input: Uint8Array | ArrayBuffer,
  file: string,
  limits: DocumentLimits = { maxInputBytes: MAX_FILE_BYTES, maxPartBytes: MAX_PART_BYTES },
): Promise<ReportText> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > limits.maxInputBytes) throw new WorkbookError('too-large', `文件超过 ${megabytes(limits.maxInputBytes)}，无法检查`);
  assertDocxBytes(bytes);
  let xml: string;
  try {
    const entries = zipDirectory(bytes);
    xml = partText(bytes, entries, mainPart(bytes, entries, limits.maxPartBytes), limits.maxPartBytes);
  } catch (error) {
    if (error instanceof WorkbookError) throw asDocumentError(error);
    throw new WorkbookError('corrupt', `Word 文档已损坏或格式不受支持，无法读取（${String((error as Error)?.message ?? error).split('\n')[0]}）`, { cause: error });
  }
  let tree: Children;
  try {
    tree = parser.parse(xml) as Children;
  } catch (error) {
    throw new WorkbookError('corrupt', 'Word 文档的内容无法解析，文件可能已损坏', { cause: error });
  }
  const document = tree.find((n) => tagOf(n) === 'w:document');
  const body = document && child(document, 'w:body');
  if (!body) throw new WorkbookError('not-docx', '文件中没有 Word 文档正文，不是 .docx 文件');
  const report: ReportText = { file, paragraphs: [], tables: [] };
  const budget = { cells: 0 };
  for (const block of blocks(kids(body))) {
    if (tagOf(block) === 'w:p') {
      if (report.paragraphs.length >= MAX_REPORT_PARAGRAPHS) throw new WorkbookError('too-large', `文档超过 ${MAX_REPORT_PARAGRAPHS} 段，无法检查`);
      report.paragraphs.push({ index: report.paragraphs.length + 1, text: paragraphText(block) });
    } else {
      report.tables.push(tableGrid(block, `表${report.tables.length + 1}`, budget));
    }
  }
  return report;
}

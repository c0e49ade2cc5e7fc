// Figures stated in a report's sentences. Deterministic: a figure is a number with its unit (万元, 元, %, 分, 个 …);
// its measure is named by the words just before it; its subject by the last subject marker before it in the same
// sentence (我部门, 其中人员及公用经费, “三公”经费, 重点工作任务 1：党务经费, 该项目 …), else the paragraph's.
import { normalizeLabel } from '../text';
import type { Claim, ClaimSource, Measure, Subject, Unit } from './types';
import {
  amountMeasure,
  ANAPHORA,
  BASIC_MARKERS,
  COUNT_AFTER,
  COUNT_BEFORE,
  COUNT_BEFORE_NOT,
  GRADE_CLAIM,
  isItemName,
  itemKey,
  MEASURE_START,
  NOT_STATED_AFTER,
  NUMBERING,
  PART_HEADS,
  PROJECTS_MARKERS,
  rateMeasure,
  SANGONG_MARKERS,
  scoreMeasure,
  TASK_HEADS,
  WHOLE_MARKERS,
} from './words';

/** Full-width digits and signs to ASCII, one character for one so positions stay those of the original text. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．％﹪＋－]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    return ({ '．': '.', '％': '%', '﹪': '%', '＋': '+', '－': '-' } as Record<string, string>)[ch];
  });
}

/** A number with its unit; "8,024.86万元" (thousands separators), "51.78%", "99.45分", "85 个". */
const FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|元|%|分|个|项)/g;
/** Where a statement ends: a subject stated before it no longer holds after it. */
const STATEMENT_END = /[。！？!?；;\n]/;


export interface ReportKind {
  /** A project's own report: "该项目" with no named item is the project itself. */
  project: boolean;
}

export function subjectWhole(kind: ReportKind): Subject {
  return { kind: 'whole', name: kind.project ? '项目整体' : '部门整体', key: 'whole' };
}

const BASIC: Subject = { kind: 'basic', name: '基本支出', key: 'basic' };
const PROJECTS: Subject = { kind: 'projects', name: '项目支出', key: 'projects' };
const SANGONG: Subject = { kind: 'sangong', name: '“三公”经费', key: 'sangong' };

function item(name: string): Subject {
  return { kind: 'item', name, key: itemKey(name) };
}

/** What the paragraphs before this one set: an item heading ("1．文书档案规范化处理入馆项目") holds until the next heading. */
export interface ProseContext {
  kind: ReportKind;
  heading: Subject | null;
}

/** A short line with no figure and no closing punctuation: a heading. */
export function headingOf(text: string): { isHeading: boolean; item: Subject | null } {
  const t = text.trim();
  if (t === '' || t.length > 40 || /[。；;]$/.test(t)) return { isHeading: false, item: null };
  FIGURE.lastIndex = 0;
  if (FIGURE.test(foldDigits(t))) return { isHeading: false, item: null };
  const name = t.replace(NUMBERING, '').replace(/[：:]$/, '').trim();
  return { isHeading: true, item: isItemName(name) ? item(name) : null };
}

interface Marker {
  at: number;
  end: number;
  /** A subject, "该项目" (the active item), or an "其中" part, which holds to the end of its clause only. */
  subject: Subject | 'anaphor' | { part: string };
}

const NAMED_SUBJECT = new RegExp(`${BASIC_MARKERS.source}|${PROJECTS_MARKERS.source}|${SANGONG_MARKERS.source}`);

function nameUntilMeasure(text: string): string {
  const stop = text.search(/[，,。；;：:（(]/);
  const head = stop < 0 ? text : text.slice(0, stop);
  const measure = head.search(MEASURE_START);
  FIGURE.lastIndex = 0;
  const figure = FIGURE.exec(head);
  const end = Math.min(measure < 0 ? head.length : measure, figure ? figure.index : head.length);
  return head.slice(0, end).trim();
}

function markersIn(text: string, whole: Subject): Marker[] {
  const markers: Marker[] = [];
  const add = (re: RegExp, subject: (m: RegExpExecArray) => Marker['subject'] | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = subject(m);
      if (s) markers.push({ at: m.index, end: m.index + m[0].length, subject: s });
    }
  };
  add(WHOLE_MARKERS, () => whole);
  add(BASIC_MARKERS, () => BASIC);
  add(PROJECTS_MARKERS, () => PROJECTS);
  add(SANGONG_MARKERS, () => SANGONG);
  add(ANAPHORA, () => 'anaphor');
  add(TASK_HEADS, (m) => {
    const name = nameUntilMeasure(text.slice(m.index + m[0].length));
    return name ? item(name) : null;
  });
  add(PART_HEADS, (m) => {
    const label = nameUntilMeasure(text.slice(m.index + m[0].length));
    // "其中人员及公用经费…": the named subject's own marker follows and speaks.
    if (!label || NAMED_SUBJECT.test(label)) return null;
    return { part: label };
  });
  return markers.sort((a, b) => a.at - b.at || b.end - a.end);
}

function excerptOf(statement: string, at: number, end: number): string {
  const s = statement.trim();
  if (s.length <= 160) return s;
  const a = Math.max(0, at - 70);
  const b = Math.min(statement.length, end + 70);
  return `${a > 0 ? '…' : ''}${statement.slice(a, b).trim()}${b < statement.length ? '…' : ''}`;
}

const UNIT_OF: Record<string, Unit> = { 万元: '万元', 亿元: '亿元', 元: '元', '%': '%', 分: '分', 个: '个', 项: '个' };

const COUNT_OF_SOME = /增加|新增|减少|追加|调减|年中|年初|转列|结转|其中/;

function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if ((text[i] === '）' || text[i] === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Splits at 。！？；and line breaks, keeping each statement's offset. */
function statements(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || STATEMENT_END.test(text[i])) {
      if (i > from) out.push({ text: text.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  return out;
}

/**
 * The claims of one block of text (a paragraph, or a table cell's text). `where` says where the block is; the
 * context carries the heading item from the paragraphs before; `order` places the block in the report.
 */
export function proseClaims(raw: string, where: Omit<ClaimSource, 'excerpt'>, context: ProseContext, order: number): Claim[] {
  const text = foldDigits(raw);
  const whole = subjectWhole(context.kind);
  const colonHead = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?([^：:，。；,]{2,30})[：:]/.exec(text);
  const paragraphItem = colonHead && isItemName(colonHead[1]) ? item(colonHead[1].trim()) : null;
  const active = paragraphItem ?? context.heading;
  const base = active ?? whole;
  const anaphor: Subject = active ?? (context.kind.project
    ? whole
    : { kind: 'item', name: `该项目（第 ${where.paragraph ?? where.cell ?? '?'} 段）`, key: `item:@${where.sheet ?? ''}${where.paragraph ?? where.cell}` });
  const claims: Claim[] = [];
  for (const st of statements(text)) {
    const rawStatement = raw.slice(st.offset, st.offset + st.text.length);
    const push = (at: number, end: number, measure: Measure, value: number | string, unit: Unit, decimals: number, s: Subject) => {
      claims.push({
        subject: s, measure, value, unit, decimals, text: rawStatement.slice(at, end).trim(), order: order + st.offset + at,
        source: { ...where, excerpt: excerptOf(rawStatement, at, end) },
      });
    };
    const markers = markersIn(st.text, whole);
    let mi = 0;
    let subject = base;
    let beforePart: Subject | null = null;
    let partEnd = -1;
    const advance = (to: number) => {
      if (beforePart && to > partEnd) {
        subject = beforePart;
        beforePart = null;
      }
      for (; mi < markers.length && markers[mi].at < to; mi++) {
        const m = markers[mi].subject;
        if (m === 'anaphor') subject = anaphor;
        else if ('part' in m) {
          beforePart = subject;
          subject = { kind: 'part', name: `${subject.name}（其中${m.part}）`, key: `${subject.key}/${normalizeLabel(m.part)}`, parent: subject.key };
          const rest = st.text.slice(markers[mi].end).search(/[，,]/);
          partEnd = rest < 0 ? st.text.length : markers[mi].end + rest;
        } else {
          subject = m;
          beforePart = null;
        }
      }
    };
    let previousEnd = 0;
    /** The words before the last count: "年初批复预算8个项目985万元" names the 985 before its count. */
    let countLead = '';
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(st.text); m; m = FIGURE.exec(st.text)) {
      const at = m.index;
      const end = at + m[0].length;
      advance(at);
      const lead = st.text.slice(previousEnd, at);
      previousEnd = end;
      if (NOT_STATED_AFTER.test(st.text.slice(end))) continue;
      // A figure in brackets is a note on the one before ("共15个（含转列项目5个）"), not a figure of its own.
      if (insideBrackets(st.text, at)) continue;
      const digits = m[1].replace(/,/g, '');
      const decimals = m[2]?.length ?? 0;
      const n = Number(m[2] ? `${digits}.${m[2]}` : digits);
      const unit = UNIT_OF[m[3]];
      if (unit === '万元' || unit === '元' || unit === '亿元') {
        let measure = amountMeasure(lead) ?? (/^\s*(?:预算)?项目\s*$/.test(lead) ? amountMeasure(countLead) : null);
        if (!measure) continue;
        if (measure === 'budget') {
          const clause = st.text.slice(0, at).split(/[，,：:]/).pop() ?? '';
          if (/调整/.test(clause)) measure = 'adjusted';
          else if (/年初/.test(clause)) measure = 'initial';
        }
        push(at, end, measure, n, unit, decimals, subject);
      } else if (unit === '%') {
        const measure = rateMeasure(lead);
        if (!measure || (measure === 'control' && subject.kind !== 'sangong')) continue;
        push(at, end, measure === 'control' ? 'rate' : measure, Number((n / 100).toFixed(decimals + 2)), '%', decimals, subject);
      } else if (unit === '分') {
        const measure = scoreMeasure(lead);
        if (measure) push(at, end, measure, n, '分', decimals, subject);
      } else if (unit === '个') {
        countLead = lead;
        const before = COUNT_BEFORE.test(lead) && !COUNT_BEFORE_NOT.test(lead);
        if (!before && !COUNT_AFTER.test(st.text.slice(end))) continue;
        // A count of projects speaks of them all, and so do the figures after it, unless an item or a part speaks.
        if (subject.kind === 'whole' || subject.kind === 'projects') subject = PROJECTS;
        // "年初批复预算8个项目", "年中增加8个项目": a count of some of them, or of a change; not the number of projects.
        const clause = st.text.slice(0, at).split(/[，,：:]/).pop() ?? '';
        if (!COUNT_OF_SOME.test(clause)) push(at, end, 'count', n, '个', 0, subject);
      }
    }
    GRADE_CLAIM.lastIndex = 0;
    for (let g = GRADE_CLAIM.exec(st.text); g; g = GRADE_CLAIM.exec(st.text)) {
      const at = g.index + g[0].lastIndexOf(g[1]);
      let s = base;
      for (const m of markers) {
        if (m.at >= at) break;
        if (m.subject === 'anaphor') s = anaphor;
        else if (!('part' in m.subject)) s = m.subject;
      }
      // "我办项目综合绩效评价为优秀": a grade is the whole's or an item's, never the projects' total.
      push(at, at + g[1].length, 'grade', g[1], null, 0, s.kind === 'projects' || s.kind === 'basic' ? whole : s);
    }
  }
  return claims.sort((a, b) => a.order - b.order);
}

// The words reports use for what they state. Every pattern here was read in a published report (docs/seeds, or the
// reports quoted in docs/domain.md); a wording not listed yields no claim rather than a wrong one.
import type { Measure } from './types';

/** Words that may stand between a measure and its figure: "预算执行金额为 69.64", "共计 144.86", "（含年中调整数）为". */
const CONNECTOR = String.raw`(?:\s|为|是|达到|达|约|共计|合计|总计|累计|共|计|了|仅|：|:|（[^（）]{0,20}）|\([^()]{0,20}\))*`;

const AMOUNT_WORDS: [Measure, string][] = [
  ['initial', '年初预算数|预算年初数|年初预算安排资金|年初预算安排|年初预算资金|年初预算金额|年初预算|年初数|年初安排资金|年初安排'],
  ['adjusted', '调整后预算数|调整预算数|调整后预算|预算调整金额|调整预算金额|调整预算|全年预算数|全年预算资金|全年预算金额|全年预算'],
  ['received', '实际到位资金|到位资金|资金到位|实际到位'],
  ['balance', '结转结余资金|结余资金|结余'],
  ['executed', '公共预算支出|基金预算支出|经营预算支出|预算执行数|预算执行金额|实际执行数|全年执行数|执行数|执行金额|执行资金|实际支出资金|实际支出|支出资金|共支出|支出|支付完成|已支付|支付|共完成|累计完成|实际使用资金'],
  ['income', '财政资金收入|资金收入|预算收入|收入总额|总收入|收入'],
  ['budget', '预算安排资金|预算安排|预算资金|预算金额|预算数|预算支出|预算总额|安排资金|预算'],
];

const RATE_WORDS: [Measure | 'control', string][] = [
  ['rate', '预算执行率|资金执行率|执行率|资金支付率|支付率|完成预算的'],
  ['ratio', '收支比率|收支比'],
  // 控制率 is a rate of the “三公”经费 only (others, such as 大型会议控制率, are indicators, not budget figures).
  ['control', '控制率'],
];

const SCORE_WORDS: [Measure, string][] = [
  ['score', '自评得分|最终得分|自评总分|总得分|综合得分|评价得分|绩效得分|得分合计|总分'],
  ['averageScore', '平均得分|平均分'],
];

function endAnchored(words: [string, string][]): RegExp {
  return new RegExp(`(?:${words.map(([m, w]) => `(?<${m}>${w})`).join('|')})${CONNECTOR}$`);
}

const AMOUNT_RE = endAnchored(AMOUNT_WORDS);
const RATE_RE = endAnchored(RATE_WORDS);
const SCORE_RE = endAnchored(SCORE_WORDS);

function measureOf(re: RegExp, lead: string): string | null {
  const m = re.exec(lead);
  if (!m?.groups) return null;
  for (const [name, value] of Object.entries(m.groups)) if (value !== undefined) return name;
  return null;
}

/** The measure an amount is stated for, from the words just before it; null when they name none. */
export function amountMeasure(lead: string): Measure | null {
  return measureOf(AMOUNT_RE, lead) as Measure | null;
}

export function rateMeasure(lead: string): Measure | 'control' | null {
  return measureOf(RATE_RE, lead) as Measure | 'control' | null;
}

export function scoreMeasure(lead: string): Measure | null {
  return measureOf(SCORE_RE, lead) as Measure | null;
}

/** "项目 8 个", "项目85项" (the count after the word); "开展绩效监控项目 8 个" counts monitoring, not projects. */
export const COUNT_BEFORE = /项目\s*(?:共|共计|合计|有)?\s*$/;
export const COUNT_BEFORE_NOT = /(?:监控|自评|评价|绩效|审计)项目\s*(?:共|共计|合计|有)?\s*$/;
/** "12 个项目", "12 项项目支出", "9个预算项目" (the word after the count). */
export const COUNT_AFTER = /^\s*(?:预算|专项)?项目/;

/** Where an item's name stops: "党务经费预算数为 …" → "党务经费". */
export const MEASURE_START = /(?<!一般公共|政府性基金|国有资本经营)预算|执行|年初|调整|全年|支出|收入|到位|结余|实际|共计|累计/;

/** A figure followed by these is a target or an estimate ("达到 90%及以上", "95%左右"), not a figure stated. */
export const NOT_STATED_AFTER = /^\s*(?:及以上|以上|及以下|以下|以内|左右|上下)/;

/** Who speaks for the whole department (or unit) the report is about. */
export const WHOLE_MARKERS = /我部门|本部门|我单位|本单位|我办|本办|我局|本局|我委|本委|我院|本院|我中心|本中心|我校|本校|部门整体|单位整体|整体支出/g;
export const BASIC_MARKERS = /基本支出|人员(?:经费)?(?:及|和|与|、)公用经费/g;
/** All the department's projects together: its 项目支出. "项目支出绩效…" is the name of the work, not a figure. */
export const PROJECTS_MARKERS = /项目支出(?!绩效)|专项预算项目|预算安排项目|专项(?:资金|经费)?支出/g;
export const SANGONG_MARKERS = /[“"‘']?三公[”"’']?经费/g;
/** "该项目", "本专项": the item the paragraph or its heading names. */
export const ANAPHORA = /该项目|本项目|此项目|该专项|本专项|该任务|本任务/g;
/** "重点工作任务 1：党务经费…", "任务 2：…". */
export const TASK_HEADS = /(?:重点)?(?:工作)?任务\s*\d+\s*[：:]\s*/g;
export const PART_HEADS = /其中[：:]?/g;

/** Numbering before a heading: "1．", "（一）", "2、", "(3)". */
export const NUMBERING = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十\d]+\s*[、.．])\s*/;

/** A heading that names a task or project ("文书档案规范化处理入馆项目", "机关饭堂工作"), not a section ("…情况分析"). */
export function isItemName(name: string): boolean {
  const t = name.replace(/\s+/g, '');
  if (t.length < 2 || t.length > 40) return false;
  if (!/(工作|项目|经费|专项|任务|支出|资金)$/.test(t)) return false;
  return !/情况|分析|说明|措施|原因|依据|目标|方法|过程|范围|结论|问题|建议|部门|单位整体|绩效/.test(t);
}

/** Item names that differ only by a trailing 工作 / 项目 / 专项 are one item. */
export function itemKey(name: string): string {
  return `item:${name.normalize('NFKC').replace(/[\s“”"'‘’]/g, '').replace(/(工作|项目|专项)+$/, '')}`;
}

/** Grade labels a report may use, longest first. */
export const GRADE_WORDS = '优秀|良好|中等|一般|合格|不合格|较差|优|良|中|差';
/** "等级为“优”", "自评结果良好", "综合绩效评价为优秀"; the grade must end the word (not "结果中反映"). */
export const GRADE_CLAIM = new RegExp(
  `(?:等级|等次|结果|评价|评定|评)(?:为|是|：|:)?\\s*[“"「『‘']?(${GRADE_WORDS})[”"」』’']?(?![\\u4e00-\\u9fff])`,
  'g',
);

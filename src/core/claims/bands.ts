// Grade bands a report states for itself: "90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差"
// (seed 002), "得分 ≥ 85 分为优秀；75 ≤ 得分 < 85 分为良好；…；得分 < 60 分为较差" (seed 001). A report graded on its
// own bands is judged on them.
import type { GradeBand } from '../profile';
import { GRADE_WORDS } from './words';

const G = `[“"]?(${GRADE_WORDS})`;
const IS = String.raw`\s*分?\s*(?:（[^）]*）|\([^)]*\))?\s*(?:为|是|评为|定为)\s*`;
const PATTERNS: { re: RegExp; min: (m: RegExpExecArray) => number }[] = [
  // 90（含）-100分为优
  { re: new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:（含）|\(含\))?\s*分?\s*[-—–~～至到]\s*\d+(?:\.\d+)?${IS}${G}`, 'g'), min: (m) => Number(m[1]) },
  // 得分 ≥ 85 分为优秀, 85分（含）以上为优
  { re: new RegExp(String.raw`得分\s*(?:≥|>=|>|大于等于|大于)\s*(\d+(?:\.\d+)?)${IS}${G}`, 'g'), min: (m) => Number(m[1]) },
  { re: new RegExp(String.raw`(\d+(?:\.\d+)?)\s*分?\s*(?:（含）|\(含\))?\s*(?:以上|及以上)${IS}${G}`, 'g'), min: (m) => Number(m[1]) },
  // 75 ≤ 得分 < 85 分为良好
  { re: new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:≤|<=|<)\s*得分\s*(?:<|≤|<=)\s*\d+(?:\.\d+)?${IS}${G}`, 'g'), min: (m) => Number(m[1]) },
  // 60分以下为差, 得分 < 60 分为较差
  { re: new RegExp(String.raw`(?:\d+(?:\.\d+)?\s*分?\s*以下|(?<!(?:≤|<=|<)\s*)得分\s*(?:<|小于|低于)\s*\d+(?:\.\d+)?)${IS}${G}`, 'g'), min: () => 0 },
];

/** The bands stated in one paragraph, highest first; null unless it states at least three down to 0. */
export function statedBands(text: string): GradeBand[] | null {
  const t = text.normalize('NFKC');
  const found = new Map<number, string>();
  for (const { re, min } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const label = m[m.length - 1];
      const lower = min(m);
      if (!found.has(lower)) found.set(lower, label);
    }
  }
  const bands = [...found].map(([min, label]) => ({ min, label })).sort((a, b) => b.min - a.min);
  if (bands.length < 3 || bands[bands.length - 1].min !== 0) return null;
  if (new Set(bands.map((b) => b.label)).size !== bands.length) return null;
  return bands;
}

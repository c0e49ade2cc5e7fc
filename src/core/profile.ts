// Scoring profiles are data, not branches: a region differs only in these settings.

export type ProfileName = 'national' | 'yitihua';

/** How a 反向 (≤) indicator that missed its target is scored. */
export type ReverseScoring = 'ratio' | 'linear';

export interface GradeBand {
  /** Lower bound, inclusive. */
  min: number;
  label: string;
}

export interface Profile {
  name: ProfileName;
  /** national: A / B × w; yitihua: w × (1 − (B − A) / A), 0 from B ≥ 2A. */
  reverseScoring: ReverseScoring;
  /** B ≥ threshold × A on a 正向 indicator asks for an explanation (1.2 in the 一体化 system, 1.3 in Guangxi). */
  overCompletionThreshold: number;
  gradeBands: GradeBand[];
}

export const NATIONAL_GRADE_BANDS: GradeBand[] = [
  { min: 90, label: '优' },
  { min: 80, label: '良' },
  { min: 60, label: '中' },
  { min: 0, label: '差' },
];

export const PROFILES: Record<ProfileName, Profile> = {
  national: { name: 'national', reverseScoring: 'ratio', overCompletionThreshold: 1.2, gradeBands: NATIONAL_GRADE_BANDS },
  yitihua: { name: 'yitihua', reverseScoring: 'linear', overCompletionThreshold: 1.2, gradeBands: NATIONAL_GRADE_BANDS },
};

export function isProfileName(name: string): name is ProfileName {
  return Object.prototype.hasOwnProperty.call(PROFILES, name);
}

/** Labels of one level are synonyms: a table may say 优秀 where the bands say 优. */
export const GRADE_SYNONYMS: string[][] = [
  ['优', '优秀'],
  ['良', '良好'],
  ['中', '一般', '中等', '合格'],
  ['差', '较差', '不合格'],
];

export function sameGrade(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return true;
  return GRADE_SYNONYMS.some((level) => level.includes(x) && level.includes(y));
}

export function gradeFor(score: number, bands: GradeBand[]): string {
  for (const band of bands) if (score >= band.min) return band.label;
  return bands[bands.length - 1].label;
}

/**
 * Parses "90=优,80=良,60=中,0=差" (highest first, last bound 0). Returns a zh-CN reason instead of throwing,
 * so every door can show it as is.
 */
export function parseGradeBands(text: string): GradeBand[] | string {
  const parts = text.split(/[,，;；]/).map((p) => p.trim()).filter(Boolean);
  const bands: GradeBand[] = [];
  for (const part of parts) {
    const m = /^(\d+(?:\.\d+)?)\s*[=＝:：]\s*(\S+)$/.exec(part);
    if (!m) return `等级分档“${part}”无法识别，应写作“90=优,80=良,60=中,0=差”`;
    bands.push({ min: Number(m[1]), label: m[2] });
  }
  if (bands.length === 0) return '等级分档为空，应写作“90=优,80=良,60=中,0=差”';
  for (let i = 1; i < bands.length; i++) {
    if (bands[i].min >= bands[i - 1].min) return '等级分档须从高到低排列，下限依次递减';
  }
  if (bands[bands.length - 1].min !== 0) return '等级分档的最后一档下限须为 0';
  return bands;
}

export function formatGradeBands(bands: GradeBand[]): string {
  return bands.map((b) => `${b.min}=${b.label}`).join(',');
}

/** The grade bands in force: the options' own, else the profile's. */
export function gradeBandsOf(options: { gradeBands?: GradeBand[]; profile?: ProfileName }): GradeBand[] {
  return options.gradeBands ?? PROFILES[options.profile ?? 'national'].gradeBands;
}

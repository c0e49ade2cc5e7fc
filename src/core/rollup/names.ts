// Matching a roll-up row to its self-evaluation table by name. People retype project names in a roll-up with spaces,
// other punctuation, full-width letters or without the 经费/项目 suffix; a match must survive all that and still never
// pair a row with the wrong table, so it is exact on a normalised key, and a shortened key counts only when it is
// unique on both sides.

/** Punctuation that differs between two typings of one name (、 vs , vs ，; （） vs (); quotes; dashes; dots). */
const PUNCTUATION = /[\s\u3000\u00a0、，,。.．·・;；:：()（）[\]【】{}《》<>〈〉"'“”‘’\-—–_/\\|]+/g;

/** NFKC (full-width letters and digits), no white space or punctuation, Latin in lower case: "OA 系统" → "oa系统". */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(PUNCTUATION, '').toLowerCase();
}

/** Words a name may carry or drop without becoming another project: a leading year, a trailing 经费/项目/资金. */
const YEAR_PREFIX = /^(?:19|20)\d\d年度?/;
const SUFFIXES = ['项目经费', '专项经费', '专项资金', '工作经费', '经费', '项目', '资金', '费'];

/** The key and its shortened forms: "2021年招商引资专项经费" → 招商引资专项经费, 招商引资专项, 招商引资. */
export function nameForms(name: string): string[] {
  const key = nameKey(name);
  const bare = key.replace(YEAR_PREFIX, '');
  const forms = new Set([key, bare]);
  for (const suffix of SUFFIXES) {
    // A name that is nothing but the suffix ("项目") keeps its word.
    if (bare.endsWith(suffix) && bare.length > suffix.length + 1) forms.add(bare.slice(0, -suffix.length));
  }
  forms.delete('');
  return [...forms];
}

/**
 * Pairs each name in `rows` with the index of the name in `tables` it stands for, or null. A row matches a table
 * when their keys are equal and no other table has that key; or else when their shortened forms meet and each is the
 * other's only candidate among the names still unmatched. Each table goes to one row at most: the first row naming
 * it; a later row naming it again gets null and `duplicateOf`.
 */
export function matchNames(rows: string[], tables: string[]): { table: number | null; duplicateOf: number | null }[] {
  const tableKeys = tables.map(nameKey);
  const result = rows.map(() => ({ table: null as number | null, duplicateOf: null as number | null }));
  const owner = new Map<number, number>();
  rows.forEach((name, i) => {
    const key = nameKey(name);
    const at = tableKeys.indexOf(key);
    if (!key || at < 0 || tableKeys.lastIndexOf(key) !== at) return; // two tables of one name: which one is unknowable
    if (owner.has(at)) result[i].duplicateOf = owner.get(at)!;
    else {
      owner.set(at, i);
      result[i].table = at;
    }
  });
  const open = rows.map((_, i) => i).filter((i) => result[i].table === null && result[i].duplicateOf === null);
  const free = tables.map((_, t) => t).filter((t) => !owner.has(t));
  const rowForms = new Map(open.map((i) => [i, nameForms(rows[i])]));
  const tableForms = new Map(free.map((t) => [t, nameForms(tables[t])]));
  const meet = (a: string[], b: string[]) => a.some((f) => b.includes(f));
  for (const i of open) {
    const candidates = free.filter((t) => meet(rowForms.get(i)!, tableForms.get(t)!));
    if (candidates.length !== 1) continue;
    const t = candidates[0];
    const rivals = open.filter((j) => meet(rowForms.get(j)!, tableForms.get(t)!));
    if (rivals.length === 1) result[i].table = t;
  }
  return result;
}

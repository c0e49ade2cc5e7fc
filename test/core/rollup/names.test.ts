// Roll-up rows find their tables by name through retyping (spaces, punctuation, full-width letters, a dropped
// 经费/项目 suffix), and never find a wrong one: ambiguity means no match.
import { matchNames, nameKey } from '../../../src/core/rollup';

const tablesOf = (rows: string[], tables: string[]) => matchNames(rows, tables).map((m) => m.table);

it('normalises spaces, punctuation and full-width letters', () => {
  expect(nameKey('ＯＡ 系统运维服务费')).toBe('oa系统运维服务费');
  expect(nameKey('审计、保密、国家安全、考核工作经费')).toBe(nameKey('审计,保密,国家安全,考核工作经费'));
  expect(nameKey('（2021年）档案馆 建设经费')).toBe('2021年档案馆建设经费');
});

it('matches seed 000’s names as a roll-up retypes them', () => {
  const tables = ['办公耗材设备购置经费', 'OA 系统运维服务费', '审计、保密、国家安全、考核工作经费', '招商引资专项经费', '全区会议培训费'];
  const rows = ['OA系统运维服务费', '审计，保密，国家安全，考核工作经费', '招商引资专项', '2021年办公耗材设备购置', '全区会议培训'];
  expect(tablesOf(rows, tables)).toEqual([1, 2, 3, 0, 4]);
});

it('never a wrong match: a shortened name fitting two tables, or two rows fitting one table, matches nothing', () => {
  expect(tablesOf(['培训经费'], ['培训项目', '培训资金'])).toEqual([null]);
  expect(tablesOf(['招商引资专项', '招商引资'], ['招商引资专项经费'])).toEqual([null, null]);
  expect(tablesOf(['会议费'], ['会议培训费'])).toEqual([null]);
  expect(tablesOf(['办公设备购置'], ['办公设备购置经费', '办公耗材购置经费'])).toEqual([0]);
});

it('two tables of one name are told apart by nobody; a table named twice goes to its first row', () => {
  expect(tablesOf(['公车租赁费'], ['公车租赁费', '公车租赁费'])).toEqual([null]);
  expect(matchNames(['公车租赁费', '公车 租赁费'], ['公车租赁费'])).toEqual([
    { table: 0, duplicateOf: null },
    { table: null, duplicateOf: 0 },
  ]);
});

it('exact names win over shortened ones', () => {
  // 档案馆建设 is exactly the second table; the first would match it only through its suffix.
  expect(tablesOf(['档案馆建设经费', '档案馆建设'], ['档案馆建设经费', '档案馆建设'])).toEqual([0, 1]);
});

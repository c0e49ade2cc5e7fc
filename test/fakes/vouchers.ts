// A department's voucher list (记账凭证明细), the kind of large data sheet that sits beside the self-evaluation table
// in a finance workbook: one row per entry, 12 columns, dates as serial numbers formatted as dates, amounts in 元,
// Chinese descriptions. Plain data (no jest, no Node), so browser tests and the bench can use it too.
import { type FakeExcel, type FakeSheet, a1 } from './excel';

export const VOUCHER_HEADER = ['日期', '凭证字号', '摘要', '科目编码', '科目名称', '借方金额', '贷方金额', '部门', '项目', '经济分类', '资金来源', '备注'];

const SUMMARIES = ['支付办公用品费', '报销差旅费', '支付印刷费', '支付水电费', '拨付党建活动经费', '支付会议费', '支付培训费', '购置电脑设备', '支付物业管理费', '报销公务用车运行维护费'];
const SUBJECTS: [string, string][] = [
  ['5010201', '办公费'],
  ['5010211', '差旅费'],
  ['5010202', '印刷费'],
  ['5010206', '水电费'],
  ['5010215', '会议费'],
  ['5010216', '培训费'],
  ['5010209', '物业管理费'],
  ['5010231', '公务用车运行维护费'],
];
const DEPARTMENTS = ['办公室', '财务科', '机要保密局', '党史研究室', '档案科'];
const PROJECTS = ['党务经费', '机要保密局经费', '党史研究室经费', '全面深化改革经费', '档案监督管理经费', '国家安全经费'];
const SOURCES = ['一般公共预算', '政府性基金', '上年结转'];

/** `rows` entries from 2021-01-04 on, deterministic (no randomness: the bench must measure the same bytes each run). */
export function addVoucherSheet(excel: FakeExcel, rows = 30_000, name = '凭证明细'): FakeSheet {
  const sheet = excel.addSheet(name, [VOUCHER_HEADER]);
  const firstDay = 44200; // 2021-01-04 as an Excel serial
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    const [code, subject] = SUBJECTS[i % SUBJECTS.length];
    const amount = Math.round(((i * 7919) % 500000) + 100) / 100;
    const set = (col: number, cell: { value: number | string; numberFormat?: string }) => sheet.cells.set(a1(r, col), cell);
    set(0, { value: firstDay + Math.floor(i / 120), numberFormat: 'yyyy-mm-dd' });
    set(1, { value: `记-${String((i % 9999) + 1).padStart(4, '0')}` });
    set(2, { value: `${SUMMARIES[i % SUMMARIES.length]}（${DEPARTMENTS[i % DEPARTMENTS.length]}）` });
    set(3, { value: code, numberFormat: '@' });
    set(4, { value: subject });
    set(5, { value: amount, numberFormat: '#,##0.00' });
    if (i % 9 === 0) set(6, { value: amount, numberFormat: '#,##0.00' });
    set(7, { value: DEPARTMENTS[(i * 3) % DEPARTMENTS.length] });
    set(8, { value: PROJECTS[i % PROJECTS.length] });
    set(9, { value: `30${200 + (i % 40)}`, numberFormat: '@' });
    set(10, { value: SOURCES[i % SOURCES.length] });
    if (i % 13 === 0) set(11, { value: '附件 2 张' });
  }
  return sheet;
}

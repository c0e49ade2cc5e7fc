// The pane's text: zh-CN first, en-US second. Text lives here, never in components; what the engine's output says
// (rule names, severities, table kinds, a finding's values) comes from the core's presentation modules.
import { type Finding, findingValue, type Locale, type RuleId, ruleName, type Severity, WORDING } from '../core';

export type PaneLocale = Locale;

/** The pane's words for the engine's output, in one language. */
function engineWords(locale: Locale) {
  return {
    departmentTable: WORDING[locale].tableKind.department,
    projectTable: WORDING[locale].tableKind.project,
    ruleName: (rule: RuleId) => ruleName(rule, locale),
    /** A finding's expected or found value; "—" when unknown. */
    findingValue: (finding: Finding, value: number | string | null) => (value === null || value === undefined ? '—' : findingValue(finding, value, locale)),
  };
}

const zh = {
  title: '绩效自评助手',
  recalc: '重新计算',
  recalcHint: '写入执行率、得分、合计与等级，标出仍需人工处理的单元格',
  check: '重新检查',
  clearMarks: '清除标记',
  exportReport: '导出校验报告',
  undo: '撤销本次写入',
  working: '正在处理…',
  clean: '生成提交版',
  cleanHint: '去掉标记、批注和助手的工作表，保留重算填入的数值',
  cleanTitle: '生成提交版',
  cleanIntro: '将去掉本助手留下的：',
  cleanRemoves: ['单元格的标记底色（恢复原底色）', '助手写的批注（恢复原批注）', '“校验结果”工作表', '“修改记录”工作表', '标记记录（隐藏的 jixiao_marks）'],
  cleanKeeps: '重算填入的执行率、得分、合计和等级保留不变。',
  cleanInPlace: '直接修改当前工作簿，删除工作表后无法用 Ctrl+Z 撤销，建议先另存一份工作副本。',
  cleanInFile: '已打开的文件不变，下载一份“文件名.提交版.xlsx”。',
  cleanConfirm: '生成提交版',
  cleaned: (restored: number, sheets: string[]) =>
    `已生成提交版：${restored ? `恢复了 ${restored} 个单元格的原底色和批注` : '没有需要恢复的标记'}${sheets.length ? `，删除了工作表${sheets.map((s) => `“${s}”`).join('')}` : ''}；重算填入的数值保留。请另存为报送文件。`,
  cleanedFiles: (files: string[], restored: number, sheets: string[]) =>
    `已下载提交版 ${files.join('、')}：${restored ? `恢复了 ${restored} 个单元格的原底色和批注` : '没有需要恢复的标记'}${sheets.length ? `，去掉了工作表${sheets.map((s) => `“${s}”`).join('')}` : ''}；重算填入的数值保留。`,

  summary: '自评概况',
  noTable: '没有找到绩效自评表',
  noTableHint:
    '本助手按表头找表：预算部分要有“年初预算数”“全年预算数”“全年执行数”等列，指标部分要有“一级指标”“二级指标”“三级指标”“分值”“得分”等列，' +
    '名称行写“部门(单位)名称”或“项目名称”。请核对表头文字（换行、空格、合并单元格都可以），改好后重新检查。',
  noTableHelp: '查看识别说明',
  noTableRecalc: '没有找到绩效自评表，未写入任何内容。',
  total: '总分',
  grade: '等级',
  budget: '预算执行',
  ...engineWords('zh-CN'),
  scoreOf: (score: string, weight: string) => `${score} / ${weight} 分`,
  inTable: (value: string) => `表中为 ${value}`,
  overview: '汇总',
  overviewCounts: (tables: number, ready: number, fix: number) => `${tables} 张表 · 可提交 ${ready} · 需修改 ${fix}`,
  overviewName: '名称',
  overviewScore: '得分',
  overviewStatus: '状态',
  ready: '可提交',
  needsFixing: '需修改',
  goToTable: (name: string, sheet: string) => `转到“${name}”（工作表“${sheet}”）`,
  overviewTotals: (initial: string, executed: string, rate: string, average: string) =>
    `合计：年初预算 ${initial} 万元，执行 ${executed} 万元${rate ? `（${rate}）` : ''}，平均得分 ${average}`,
  findings: '发现的问题',
  findingsAfterRecalc: '重算后仍需处理的问题',
  noFindings: '没有发现问题。',
  /** Headings of the findings list, by severity. */
  severity: WORDING['zh-CN'].severity as Record<Severity, string>,
  expectedFound: (expected: string, found: string) => `应为 ${expected}，表中为 ${found}`,
  fixableTag: '（重算可自动更正）',
  // The visible text is the start of the accessible name (WCAG 2.5.3, axe label-content-name-mismatch); the cell is
  // already shown in the finding's first line.
  goTo: (_sheet: string, _cell: string) => '定位',
  goToLabel: (sheet: string, cell: string) => `定位到工作表“${sheet}”的单元格 ${cell}`,
  ignore: '忽略',
  ignoreLabel: (cell: string) => `忽略 ${cell} 的这条问题`,
  ignored: '已忽略',
  ignoredAt: (where: string) => `已忽略：${where}`,
  unignoredAt: (where: string) => `取消忽略：${where}`,
  ignoredReason: (reason: string) => `理由：${reason}`,
  unignore: '取消忽略',
  resetIgnores: '重置全部忽略',
  ignoreTitle: '忽略这条问题',
  ignoreReason: '忽略理由（必填，将保存在工作簿中）',
  ignoreConfirm: '确定忽略',
  cancel: '取消',
  settings: '设置',
  profile: '评分口径',
  profiles: { national: '全国通用（反向指标按 A/B 计分）', yitihua: '预算管理一体化系统（反向指标线性扣分）' } as Record<string, string>,
  gradeBands: '等级分档',
  gradeBandsHint: '从高到低，例如 90=优,80=良,60=中,0=差',
  saveSettings: '保存设置',
  settingsSaved: '设置已保存到工作簿。',
  settingsSavedInBrowser: '设置已保存在本浏览器中。',
  recalcDone: (written: number, remaining: number) =>
    `重算完成：${written ? `写入 ${written} 个单元格` : '没有需要改写的数值，已更新标记和“校验结果”工作表'}；${remaining ? `仍有 ${remaining} 个问题需要人工处理。` : '没有需要人工处理的问题。'}`,
  checkDone: (count: number) => (count ? `检查完成：发现 ${count} 个问题。` : '检查完成：没有发现问题。'),
  marksCleared: '已清除全部标记，单元格的原有底色和批注已恢复；“校验结果”工作表已清空，不需要时可右键删除。',
  exported: (rows: number) => `已生成“校验结果”工作表，共 ${rows} 条。`,
  exportedFile: '已下载校验报告。',
  undone: '已撤销本次写入，工作簿恢复到重算之前。',
  undoneKept: (restored: number, kept: string[]) =>
    `已撤销本次写入：恢复了 ${restored} 个单元格；${kept.length} 个单元格在重算后有人改过，保留现状：${kept.join('、')}。`,
  excelUndo: '可用 Ctrl+Z 一步撤销本次重算。',
  error: (text: string) => text,
  reportPick: '核对自评报告',
  reportPickHint: '选择 Word 自评报告（.docx），把报告中写的金额、执行率、得分、等级与表核对；报告只在本机读取，不会上传',
  reportInputLabel: '选择自评报告（.docx）',
  reportLoaded: (name: string, paragraphs: number, tables: number) => `自评报告：${name}（${paragraphs} 段、${tables} 张表）`,
  reportRemove: '移除报告',
  reportRemoved: '已移除自评报告。',
  reportRead: (name: string) => `已读取自评报告“${name}”，并与表核对。`,
  reportPlace: (file: string, paragraph: number | undefined, sheet: string | undefined, cell: string | undefined) =>
    paragraph !== undefined ? `${file} 第 ${paragraph} 段` : `${file} ${sheet ?? ''} ${cell ?? ''}`,
  reportSentence: '报告原文',
};

export type PaneStrings = typeof zh;

const en: PaneStrings = {
  title: 'Performance Self-Evaluation Assistant',
  recalc: 'Recalculate',
  recalcHint: 'Writes rates, scores, totals and grade; marks the cells a person still has to fix',
  check: 'Check again',
  clearMarks: 'Clear marks',
  exportReport: 'Export findings',
  undo: 'Undo this recalculation',
  working: 'Working…',
  clean: 'Make copy for submission',
  cleanHint: "Removes marks, notes and the assistant's sheets; keeps the values recalculation wrote",
  cleanTitle: 'Make the copy for submission',
  cleanIntro: 'This removes what the assistant left:',
  cleanRemoves: ['mark fills (original fills come back)', "the assistant's notes (original notes come back)", 'the 校验结果 sheet', 'the 修改记录 sheet', 'the record of marks (hidden jixiao_marks)'],
  cleanKeeps: 'The rates, scores, totals and grade recalculation wrote stay as they are.',
  cleanInPlace: 'The workbook is changed in place and deleting sheets cannot be undone with Ctrl+Z: save a working copy first.',
  cleanInFile: 'The open files stay as they are; a copy "name.提交版.xlsx" is downloaded.',
  cleanConfirm: 'Make copy',
  cleaned: (restored, sheets) =>
    `Copy for submission made: ${restored ? `${restored} cells got their own fill and note back` : 'no marks to remove'}${sheets.length ? `; sheets ${sheets.join(', ')} deleted` : ''}; the values written stay. Save it as the file to submit.`,
  cleanedFiles: (files, restored, sheets) =>
    `Downloaded ${files.join(', ')}: ${restored ? `${restored} cells got their own fill and note back` : 'no marks to remove'}${sheets.length ? `; sheets ${sheets.join(', ')} removed` : ''}; the values written stay.`,

  summary: 'Summary',
  noTable: 'No self-evaluation table found',
  noTableHint:
    'A table is found by its headers: a budget part with columns such as 年初预算数, 全年预算数, 全年执行数; an indicator part with ' +
    '一级指标, 二级指标, 三级指标, 分值, 得分; a name row 部门(单位)名称 or 项目名称. Check the header text (line breaks, spaces and merged ' +
    'cells are fine), then check again.',
  noTableHelp: 'How tables are found',
  noTableRecalc: 'No self-evaluation table found; nothing was written.',
  total: 'Total',
  grade: 'Grade',
  budget: 'Budget execution',
  ...engineWords('en-US'),
  scoreOf: (score, weight) => `${score} / ${weight}`,
  inTable: (value) => `table says ${value}`,
  overview: 'Summary of tables',
  overviewCounts: (tables: number, ready: number, fix: number) => `${tables} tables · ${ready} ready · ${fix} to fix`,
  overviewName: 'Name',
  overviewScore: 'Score',
  overviewStatus: 'Status',
  ready: 'Ready',
  needsFixing: 'To fix',
  goToTable: (name: string, sheet: string) => `Go to “${name}” (sheet “${sheet}”)`,
  overviewTotals: (initial: string, executed: string, rate: string, average: string) =>
    `Total: initial budget ${initial}, executed ${executed} (10k yuan)${rate ? ` (${rate})` : ''}, average score ${average}`,
  findings: 'Findings',
  findingsAfterRecalc: 'Still to fix after recalculation',
  noFindings: 'No findings.',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  expectedFound: (expected, found) => `Expected ${expected}, found ${found}`,
  fixableTag: ' (Recalculate fixes this)',
  goTo: () => 'Go to',
  goToLabel: (sheet, cell) => `Go to cell ${cell} on sheet ${sheet}`,
  ignore: 'Ignore',
  ignoreLabel: (cell) => `Ignore this finding at ${cell}`,
  ignored: 'Ignored',
  ignoredAt: (where) => `Ignored: ${where}`,
  unignoredAt: (where) => `No longer ignored: ${where}`,
  ignoredReason: (reason) => `Reason: ${reason}`,
  unignore: 'Stop ignoring',
  resetIgnores: 'Reset all ignores',
  ignoreTitle: 'Ignore this finding',
  ignoreReason: 'Reason (required; kept in the workbook)',
  ignoreConfirm: 'Ignore',
  cancel: 'Cancel',
  settings: 'Settings',
  profile: 'Scoring profile',
  profiles: { national: 'National (reverse indicators scored A/B)', yitihua: 'Budget integration system (linear deduction)' },
  gradeBands: 'Grade bands',
  gradeBandsHint: 'Highest first, e.g. 90=优,80=良,60=中,0=差',
  saveSettings: 'Save settings',
  settingsSaved: 'Settings saved in the workbook.',
  settingsSavedInBrowser: 'Settings saved in this browser.',
  recalcDone: (written, remaining) =>
    `Recalculated: ${written ? `${written} cells written` : 'no value needed rewriting; marks and the 校验结果 sheet updated'}; ${remaining ? `${remaining} findings left to fix.` : 'nothing left to fix.'}`,
  checkDone: (count) => (count ? `Checked: ${count} findings.` : 'Checked: no findings.'),
  marksCleared: 'All marks cleared; original fills and notes restored. The 校验结果 sheet is now empty: delete it if you no longer need it.',
  exported: (rows) => `The 校验结果 sheet lists ${rows} findings.`,
  exportedFile: 'The findings report was downloaded.',
  undone: 'The recalculation was undone.',
  undoneKept: (restored, kept) => `Undone: ${restored} cells restored; ${kept.length} changed since the recalculation were left as they are: ${kept.join(', ')}.`,
  excelUndo: 'Ctrl+Z undoes this recalculation in one step.',
  error: (text) => text,
  reportPick: 'Check the report',
  reportPickHint: 'Choose the Word self-evaluation report (.docx) to check its amounts, rates, score and grade against the table; it is read in this pane only, never uploaded',
  reportInputLabel: 'Choose the report (.docx)',
  reportLoaded: (name, paragraphs, tables) => `Report: ${name} (${paragraphs} paragraphs, ${tables} tables)`,
  reportRemove: 'Remove report',
  reportRemoved: 'The report was removed.',
  reportRead: (name) => `Read the report “${name}” and checked it against the table.`,
  reportPlace: (file, paragraph, sheet, cell) => (paragraph !== undefined ? `${file}, paragraph ${paragraph}` : `${file} ${sheet ?? ''} ${cell ?? ''}`),
  reportSentence: 'In the report',
};

export const STRINGS: Record<PaneLocale, PaneStrings> = { 'zh-CN': zh, 'en-US': en };

/** Office's display language ("en-US", "zh-CN", …) → the pane's locale; anything but English gets zh-CN. */
export function pickLocale(displayLanguage: string | undefined): PaneLocale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}

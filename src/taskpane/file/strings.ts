// File mode's own text, zh-CN first, en-US second (the shared pane text is in ../i18n.ts).
import type { PaneLocale } from '../i18n';

const zh = {
  region: '文件模式',
  heading: '检查 .xlsx 文件',
  dropHint: '将一个或多个 .xlsx 文件（可附上 .docx 自评报告）拖放到这里，或',
  choose: '选择文件',
  inputLabel: '选择 .xlsx 文件',
  privacy: '文件只在本机浏览器中处理，不会上传。',
  openFiles: '已打开的文件',
  download: '下载已校验文件',
  downloadSummary: '下载汇总表',
  downloadSummaryHint: '所有已打开文件的每张表一行（金额、执行率、得分、等级、状态），附合计和问题清单',
  downloadLabel: (name: string) => `下载已校验文件：${name}`,
  removeLabel: (name: string) => `移除 ${name}`,
  remove: '移除',
  selectedCell: '所选单元格',
  rowCaption: (row: string) => `第 ${row} 行`,
  reading: '正在读取文件…',
  size: (size: string) => `（${size}）`,
  failure: (name: string, reason: string) => `${name}：${reason}`,
  /** "文件 · 工作表!单元格：值" */
  cellLine: (workbook: string | null, where: string, value: string) => `${workbook ? `${workbook} · ` : ''}${where}：${value}`,
  reportKind: '自评报告：与表核对，只读不改',
  noTable: '未找到绩效自评表',
};

export type FileModeStrings = typeof zh;

const en: FileModeStrings = {
  region: 'File mode',
  heading: 'Check .xlsx files',
  dropHint: 'Drop one or more .xlsx files (and the .docx report, if any) here, or',
  choose: 'Choose files',
  inputLabel: 'Choose .xlsx files',
  privacy: 'Files are processed in this browser only; nothing is uploaded.',
  openFiles: 'Open files',
  download: 'Download checked file',
  downloadSummary: 'Download summary',
  downloadSummaryHint: 'One row per table of every open file (amounts, rate, score, grade, status), with totals and the list of findings',
  downloadLabel: (name: string) => `Download checked file: ${name}`,
  removeLabel: (name: string) => `Remove ${name}`,
  remove: 'Remove',
  selectedCell: 'Selected cell',
  rowCaption: (row: string) => `Row ${row}`,
  reading: 'Reading files…',
  size: (size: string) => `(${size})`,
  failure: (name: string, reason: string) => `${name}: ${reason}`,
  cellLine: (workbook: string | null, where: string, value: string) => `${workbook ? `${workbook} · ` : ''}${where}: ${value}`,
  reportKind: 'Report: checked against the tables, never changed',
  noTable: 'No self-evaluation table',
};

export const FILE_STRINGS: Record<PaneLocale, FileModeStrings> = { 'zh-CN': zh, 'en-US': en };

// Errors the Excel door shows to a person: one zh-CN sentence (en-US second), and the promise that nothing was written.

export class HostError extends Error {
  constructor(
    message: string,
    readonly en: string,
    readonly code: 'protected' | 'cell-edit' | 'structure-protected' | 'no-table' | 'office' = 'office',
  ) {
    super(message);
    this.name = 'HostError';
  }
}

interface OfficeLikeError {
  code?: string;
  message?: string;
}

/** Turns an Office.js error into a HostError a person can act on. */
export function describeOfficeError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const e = (error ?? {}) as OfficeLikeError;
  switch (e.code) {
    case 'InvalidOperationInCellEditMode':
      return new HostError(
        'Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑，再点“重新计算”。未写入任何内容。',
        'Excel is editing a cell: press Enter or Esc to finish editing, then recalculate. Nothing was written.',
        'cell-edit',
      );
    case 'AccessDenied':
      return new HostError(
        '工作表受保护，无法写入：请先在“审阅”中撤销工作表保护。未写入任何内容。',
        'A sheet is protected: unprotect it (Review › Unprotect Sheet) first. Nothing was written.',
        'protected',
      );
    default:
      return new HostError(
        `Excel 报告错误：${e.message ?? String(error)}`,
        `Excel reported an error: ${e.message ?? String(error)}`,
        'office',
      );
  }
}

export function protectedSheetError(sheet: string): HostError {
  return new HostError(
    `工作表“${sheet}”受保护，无法写入计算结果和标记：请先在“审阅”中撤销工作表保护后再重算。未写入任何内容。`,
    `Sheet "${sheet}" is protected, so results and marks cannot be written: unprotect it (Review › Unprotect Sheet) and recalculate. Nothing was written.`,
    'protected',
  );
}

export function structureProtectedError(sheet: string): HostError {
  return new HostError(
    `工作簿结构受保护，无法新建“${sheet}”工作表：请先在“审阅”中撤销工作簿保护。未写入任何内容。`,
    `The workbook's structure is protected, so the sheet "${sheet}" cannot be added: unprotect the workbook first. Nothing was written.`,
    'structure-protected',
  );
}

export function structureProtectedDeleteError(sheets: string[]): HostError {
  const names = sheets.map((s) => `“${s}”`).join('');
  return new HostError(
    `工作簿结构受保护，无法删除工作表${names}：请先在“审阅”中撤销工作簿保护，再生成提交版。未做任何修改。`,
    `The workbook's structure is protected, so jixiao's sheets cannot be deleted: unprotect the workbook first, then make the copy for submission. Nothing was changed.`,
    'structure-protected',
  );
}

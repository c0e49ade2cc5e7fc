// Errors the WPS door shows to a person: one zh-CN sentence (en-US second), and the promise that nothing was written.

export class WpsHostError extends Error {
  constructor(
    message: string,
    readonly en: string,
    readonly code: 'protected' | 'structure-protected' | 'no-workbook' | 'wps' = 'wps',
  ) {
    super(message);
    this.name = 'WpsHostError';
  }
}

export function noWorkbookError(): WpsHostError {
  return new WpsHostError('没有打开的工作簿：请先在 WPS 表格中打开自评表。', 'No workbook is open: open the self-evaluation table in WPS Spreadsheets first.', 'no-workbook');
}

export function protectedSheetError(sheet: string): WpsHostError {
  return new WpsHostError(
    `工作表“${sheet}”受保护，无法写入计算结果和标记：请先在“审阅”中撤销工作表保护后再重算。未写入任何内容。`,
    `Sheet "${sheet}" is protected, so results and marks cannot be written: unprotect it (Review › Unprotect Sheet) and recalculate. Nothing was written.`,
    'protected',
  );
}

export function structureProtectedError(sheet: string): WpsHostError {
  return new WpsHostError(
    `工作簿结构受保护，无法新建“${sheet}”工作表：请先在“审阅”中撤销工作簿保护。未写入任何内容。`,
    `The workbook's structure is protected, so the sheet "${sheet}" cannot be added: unprotect the workbook first. Nothing was written.`,
    'structure-protected',
  );
}

/** Anything WPS threw, as a sentence a person can act on. */
export function describeWpsError(error: unknown): WpsHostError {
  if (error instanceof WpsHostError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new WpsHostError(`WPS 报告错误：${text}`, `WPS reported an error: ${text}`);
}

export function structureProtectedDeleteError(): WpsHostError {
  return new WpsHostError(
    '工作簿结构受保护，无法删除“校验结果”“修改记录”和标记记录工作表：请先在“审阅”中撤销工作簿保护，再生成提交版。未做任何修改。',
    "The workbook's structure is protected, so the 校验结果, 修改记录 and ledger sheets cannot be deleted: unprotect the workbook first. Nothing was changed.",
    'structure-protected',
  );
}

export function usedRangeTooLargeError(sheet: string, range: string): WpsHostError {
  return new WpsHostError(
    `工作表“${sheet}”的内容分布在 ${range} 这样大的范围里，无法一次读入：请删除远处多余的内容（或把自评表复制到新工作表）后再试。未写入任何内容。`,
    `Sheet "${sheet}" has content spread over ${range}, too large to read at once: delete the stray far-away content (or copy the table to a new sheet) and try again. Nothing was written.`,
  );
}

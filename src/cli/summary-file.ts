// One file's part of `jixiao summary`: read, checked, summarised to plain data. Runs in a worker thread or inline.
import type { EngineOptions } from '../core/engine';
import { gradeBandsOf } from '../core/profile';
import { type FilePart, summarizeReport } from '../core/rollup';
import { analyzeFile } from './analyze';
import { Unusable } from './input';

export async function summarizeFile(file: string, options: EngineOptions): Promise<FilePart> {
  try {
    const { analysis } = await analyzeFile(file, options);
    return { file, ...summarizeReport(file, analysis.report, gradeBandsOf(options)) };
  } catch (error) {
    if (error instanceof Unusable) return { file, error: error.reason };
    return { file, error: `${file}：检查时出现内部错误（${String((error as Error)?.message ?? error).split('\n')[0]}），请把文件反馈给开发者` };
  }
}

// `jixiao --lang en-US`: English everywhere except the table's own text, which stays as typed inside “…”.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { Finding } from '../../src/core/report';

const SAMPLE = path.join(__dirname, '../../samples/department-2021-jinshui.xlsx');
/** CJK characters and punctuation (，：（）「」…), full-width forms included. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const outsideQuotes = (text: string) => text.replace(/“[^”]*”/g, '');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function chineseLines(text: string): string[] {
  return text.split('\n').filter((line) => CHINESE.test(outsideQuotes(line)));
}

describe('--lang en-US', () => {
  it('check prints no Chinese outside quoted table text, and says what zh-CN says', async () => {
    const en = await run('check', SAMPLE, '--lang', 'en-US');
    expect(en.code).toBe(1); // task 5's rate and the summary's 得分率 are errors
    expect(chineseLines(en.stdout)).toEqual([]);
    // Task 5 of the sample (seed 002): 1.43 of 10 shown as 1.43%, is 14.30%.
    expect(en.stdout).toContain('rate-mismatch: The execution rate of task “任务5: 全面深化改革经费” should be 14.30% (1.43 ÷ 10), the table shows 1.43% (recalc fixes this)');
    expect(en.stdout).toContain('2 errors · 2 warnings · 1 info');
    const zh = await run('check', SAMPLE);
    expect(zh.stdout).toContain('任务5: 全面深化改革经费 的预算执行率应为 14.30%（1.43 ÷ 10），表中为 1.43%');
    expect(zh.code).toBe(en.code);
  });

  it('recalc prints no Chinese outside quotes either, writes quoted where the value is text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lang-'));
    try {
      const r = await run('recalc', SAMPLE, '-o', path.join(dir, 'out.xlsx'), '--lang', 'en-US');
      expect(r.stderr).toBe('');
      expect(chineseLines(r.stdout)).toEqual([]);
      expect(r.stdout).toContain('Wrote 15 cells:');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--json keeps the contract: the same findings, messages in English, structured data beside them', async () => {
    const en = JSON.parse((await run('check', SAMPLE, '--lang', 'en-US', '--json')).stdout) as { findings: Finding[] };
    const zh = JSON.parse((await run('check', SAMPLE, '--json')).stdout) as { findings: Finding[] };
    const strip = (f: Finding) => ({ ...f, message: undefined });
    expect(en.findings.map(strip)).toEqual(zh.findings.map(strip));
    const task5 = en.findings.find((f) => f.rule === 'rate-mismatch' && f.cell === 'J14')!;
    expect(task5).toMatchObject({ expected: 0.143, actual: 0.0143, unit: 'rate', messageId: 'wrong', docs: 'docs/rules.md#rate-mismatch' });
  });

  it('refuses a language it does not speak, in one zh-CN line', async () => {
    const r = await run('check', SAMPLE, '--lang', 'fr-FR');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao：未知的语言 --lang fr-FR，应为 zh-CN 或 en-US\n');
  });
});

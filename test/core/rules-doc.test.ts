// docs/rules.md is the catalog accountants read, and the page every finding's `docs` points at: one section per rule,
// titled with its id (the anchor), naming it as the pane, the CLI and 校验结果 do, with the engine's severity.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbook, ruleDocs } from '../../src/core';
import { RULES } from '../../src/core/rules';
import { placeholdersOf } from '../../src/core/rules/rule';
import { seed002Grid } from '../fixtures/seed002';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const doc = fs.readFileSync(path.join(__dirname, '../../docs/rules.md'), 'utf8');
const sections = new Map([...doc.matchAll(/^### ([a-z-]+)\n\n\*\*(.+?)\*\* · (错误|警告|提示)$/gm)].map((m) => [m[1], { name: m[2], severity: m[3] }]));

it('has one section per rule, in the engine\'s order, with the rule\'s zh-CN name and severity', () => {
  expect([...sections.keys()]).toEqual(RULES.map((r) => r.id));
  for (const rule of RULES) {
    expect([rule.id, sections.get(rule.id)]).toEqual([rule.id, { name: rule.meta.name['zh-CN'], severity: SEVERITY_ZH[rule.meta.severity] }]);
  }
});

it('every finding points at its rule\'s section', () => {
  const findings = analyzeWorkbook([seed002Grid()]).report.findings;
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) expect(f.docs).toBe(ruleDocs(f.rule));
  expect(ruleDocs('rate-mismatch')).toBe('docs/rules.md#rate-mismatch');
});

it('every message has the same placeholders in zh-CN and en-US (the compiler checks this too)', () => {
  for (const rule of RULES) {
    const zh = rule.meta.messages['zh-CN'] as Record<string, string>;
    const en = rule.meta.messages['en-US'] as Record<string, string>;
    expect([rule.id, Object.keys(en).sort()]).toEqual([rule.id, Object.keys(zh).sort()]);
    for (const id of Object.keys(zh)) expect([rule.id, id, placeholdersOf(en[id])]).toEqual([rule.id, id, placeholdersOf(zh[id])]);
    expect(rule.meta.name['en-US']).toMatch(/^[A-Z][A-Za-z -]+$/);
  }
});

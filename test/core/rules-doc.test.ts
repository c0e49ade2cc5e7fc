// docs/rules.md is the catalog accountants read: every rule the engine runs is there, with its severity.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const doc = fs.readFileSync(path.join(__dirname, '../../docs/rules.md'), 'utf8');
const rows = new Map(
  [...doc.matchAll(/^\| `([a-z-]+)` \| (错误|警告|提示) \|/gm)].map((m) => [m[1], m[2]] as const),
);

it('lists every rule id once, in the engine\'s order, with the engine\'s severity', () => {
  expect([...rows.keys()]).toEqual(RULES.map((r) => r.id));
  for (const rule of RULES) expect([rule.id, rows.get(rule.id)]).toEqual([rule.id, SEVERITY_ZH[rule.meta.severity]]);
});

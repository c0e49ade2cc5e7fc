import { directionConflict } from '../../../src/core/rules/direction-conflict';
import type { Operator } from '../../../src/core/model';
import { operatorSign } from '../../../src/core/values';
import { correctProject, findingsOf, patch, projectGrid } from '../helpers';
import { ruleTester, text } from '../rule-tester';

// The project table with a 指标方向 column in J.
const withDirection = (dirs: Record<string, string | number>) => patch(projectGrid(correctProject()), { J9: '指标方向', ...dirs });
const finding = (row: number, name: string, direction: string, target: string, op: Operator) => ({
  messageId: 'conflict', cell: `J${row}`, related: [`E${row}`],
  data: { name: text(name), direction: text(direction), target: text(target), sign: operatorSign(op) },
  expected: null, actual: direction, fixable: false, write: null,
});

ruleTester(directionConflict, {
  valid: [
    { name: '正向 with ≥, 反向 with ≤', grids: withDirection({ J10: '正向', J11: '正向', J13: '反向', J15: '正向' }) },
    { name: 'no 指标方向 column', grids: projectGrid(correctProject()) },
    { name: '反向 with a bare value (no operator typed): the column decides', grids: withDirection({ E13: '30万元', J13: '反向' }) },
  ],
  invalid: [
    { name: '指标方向 正向 paired with 小于等于', grids: withDirection({ E13: '小于等于30万元', J13: '正向' }), findings: [finding(13, '项目成本', '正向', '≤30万元', 'le')] },
    { name: '反向 paired with ≥', grids: withDirection({ J10: '反向' }), findings: [finding(10, '档案数字化页数', '反向', '≥2000页', 'ge')] },
  ],
});

test('a conflicting row is not scored: no score-mismatch even for a wrong score', () => {
  const grid = withDirection({ E13: '小于等于30万元', J13: '正向', H13: 3 });
  expect(findingsOf(grid, 'score-mismatch')).toEqual([]);
  expect(findingsOf(grid, 'direction-conflict').map((f) => f.cell)).toEqual(['J13']);
});

import { correctProject, findingsOf, patch, projectGrid, ruleTester } from '../helpers';

// The project table with a 指标方向 column in J.
const withDirection = (dirs: Record<string, string | number>) => patch(projectGrid(correctProject()), { J9: '指标方向', ...dirs });

ruleTester('direction-conflict', 'warning', {
  valid: [
    { name: '正向 with ≥, 反向 with ≤', grids: withDirection({ J10: '正向', J11: '正向', J13: '反向', J15: '正向' }) },
    { name: 'no 指标方向 column', grids: projectGrid(correctProject()) },
    { name: '反向 with a bare value (no operator typed): the column decides', grids: withDirection({ E13: '30万元', J13: '反向' }) },
  ],
  invalid: [
    {
      name: '指标方向 正向 paired with 小于等于',
      grids: withDirection({ E13: '小于等于30万元', J13: '正向' }),
      findings: [{ cell: 'J13', actual: '正向', message: '指标“项目成本”标为“正向”，目标却是“≤30万元”（≤），无法判断计分方向，未计算得分' }],
    },
    {
      name: '反向 paired with ≥',
      grids: withDirection({ J10: '反向' }),
      findings: [{ cell: 'J10', actual: '反向', message: '标为“反向”，目标却是“≥2000页”（≥）' }],
    },
  ],
});

test('a conflicting row is not scored: no score-mismatch even for a wrong score', () => {
  const grid = withDirection({ E13: '小于等于30万元', J13: '正向', H13: 3 });
  expect(findingsOf(grid, 'score-mismatch')).toEqual([]);
  expect(findingsOf(grid, 'direction-conflict').map((f) => f.cell)).toEqual(['J13']);
});

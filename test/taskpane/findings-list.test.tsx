/** @jest-environment jsdom */
// A finding's values line: "应为 … ，表中为 …" only where the rule has an expected value.
import { render, screen } from '@testing-library/react';
import * as React from 'react';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { STRINGS } from '../../src/taskpane/i18n';
import { correctProject, findingsOf, projectGrid } from '../core/helpers';

const list = (findings: ReturnType<typeof findingsOf>, locale: 'zh-CN' | 'en-US' = 'zh-CN') =>
  render(<FindingsList findings={findings} strings={STRINGS[locale]} busy={false} onSelect={() => undefined} onIgnore={() => undefined} onUnignore={() => undefined} />);

// Executed 338.31 of a budget of 329.77 (the real table over-budget cites).
const overBudget = () =>
  findingsOf(projectGrid(correctProject({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10 })), 'over-budget');

describe('FindingsList values', () => {
  it('over budget: only what the table holds, never "应为 329.77" or "应为 —"', () => {
    list(overBudget());
    const item = screen.getByTestId('finding');
    expect(item).toHaveTextContent('表中为 338.31');
    expect(item).not.toHaveTextContent('应为');
  });

  it('over-completion (3061 of ≥2000): "表中为 3061", no "应为 —"; in English too', () => {
    // 3061 ÷ 2000 = 1.53 ≥ 1.2, no reason given.
    const spec = correctProject();
    spec.indicators![0] = ['产出指标(50分)', '数量指标', '档案整理', '≥2000件', 3061, 20, 20, null];
    const found = findingsOf(projectGrid(spec), 'over-completion');
    expect(found).toHaveLength(1);
    const view = list(found);
    expect(screen.getByTestId('finding')).toHaveTextContent('表中为 3061');
    expect(screen.getByTestId('finding')).not.toHaveTextContent('应为');
    view.unmount();
    list(found, 'en-US');
    expect(screen.getByTestId('finding')).not.toHaveTextContent('Expected');
  });

  it('a rate mismatch keeps both: 应为 95.00%，表中为 9.50%', () => {
    // 95 ÷ 100 = 95.00%, typed 0.095.
    list(findingsOf(projectGrid(correctProject({ budgetRate: 0.095 })), 'rate-mismatch').slice(0, 1));
    expect(screen.getByTestId('finding')).toHaveTextContent('应为 95.00%，表中为 9.50%');
  });
});

// The figures a person types in a table, each with what it is, for the rules that look at every cell.
import type { Figure, Table } from '../model';

export interface NamedFigure {
  what: string;
  figure: Figure;
}

export function typedFigures(table: Table): NamedFigure[] {
  const out: NamedFigure[] = [];
  const add = (what: string, f: Figure | null | undefined) => {
    if (f) out.push({ what, figure: f });
  };
  for (const t of table.tasks) {
    add(`${t.name} 的预算资金`, t.budget);
    add(`${t.name} 的预算执行数`, t.executed);
    add(`${t.name} 的预算执行率`, t.rate);
  }
  for (const r of table.budgetRows) {
    add(`${r.label} 的年初预算数`, r.initial);
    add(`${r.label} 的调整/全年预算数`, r.adjusted);
    add(`${r.label} 的执行数`, r.executed);
    add(`${r.label} 的执行率`, r.rate);
    add(`${r.label} 的分值`, r.weight);
    add(`${r.label} 的得分`, r.score);
  }
  for (const g of table.groups) {
    for (const r of g.rows) {
      if (r.target.kind === 'quantitative') add(`指标“${r.name}”的实际完成值`, r.actual);
      add(`指标“${r.name}”的分值`, r.weight);
      add(`指标“${r.name}”的得分`, r.score);
    }
  }
  for (const s of table.summary) {
    add(`得分情况表中“${s.label}”的权重分值`, s.weight);
    add(`得分情况表中“${s.label}”的得分`, s.score);
    add(`得分情况表中“${s.label}”的得分率`, s.rate);
  }
  add('总分', table.total);
  return out;
}

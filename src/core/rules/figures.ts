// The figures a person types in a table, each with what it is, for the rules that look at every cell.
import type { Figure, Table } from '../model';
import { type Subject, subject, type SubjectKind } from '../values';

export interface NamedFigure {
  subject: Subject;
  figure: Figure;
}

export function typedFigures(table: Table): NamedFigure[] {
  const out: NamedFigure[] = [];
  const add = (kind: SubjectKind, name: string, f: Figure | null | undefined) => {
    if (f) out.push({ subject: subject(kind, name), figure: f });
  };
  for (const t of table.tasks) {
    add('task-budget', t.name, t.budget);
    add('task-executed', t.name, t.executed);
    add('task-rate', t.name, t.rate);
  }
  for (const r of table.budgetRows) {
    add('row-initial', r.label, r.initial);
    add('row-adjusted', r.label, r.adjusted);
    add('row-executed', r.label, r.executed);
    add('row-rate', r.label, r.rate);
    add('row-weight', r.label, r.weight);
    add('row-score', r.label, r.score);
  }
  for (const g of table.groups) {
    for (const r of g.rows) {
      if (r.target.kind === 'quantitative') add('indicator-actual', r.name, r.actual);
      add('indicator-weight', r.name, r.weight);
      add('indicator-score', r.name, r.score);
    }
  }
  for (const s of table.summary) {
    add('summary-weight', s.label, s.weight);
    add('summary-score', s.label, s.score);
    add('summary-rate', s.label, s.rate);
  }
  add('total', '', table.total);
  return out;
}

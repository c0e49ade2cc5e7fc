// Runs axe-core inside the page and returns the violations that matter: serious and critical.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy refuses injected <script> tags.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<any> } }).axe;
    // Fluent UI's focus manager (tabster) adds <i data-tabster-dummy tabindex=0 aria-hidden> sentinels on purpose:
    // they only forward focus. axe's aria-hidden-focus flags them; tabster and Fluent call it a false positive
    // (microsoft/tabster#288, microsoft/fluentui#27517 "By Design"). Only those sentinels are left out.
    const result = await axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] } as unknown as Document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => ({
      id: v.id as string,
      impact: (v.impact ?? null) as string | null,
      help: v.help as string,
      nodes: v.nodes.map((n: any) => `${(n.target as string[]).join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  });
  return violations.filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

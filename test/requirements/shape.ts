// A requirement as one readable line, so tests can pin the whole structure the grammar read:
// `skills 2: 1×[g1+g2] 1×[g1] | g1 all-of(70-496,70-498); g2 one-of(70-497,PMI-ACP,…)`.
import type { Requirement } from '../../src/requirements/model.ts';

const credential = (c: { code?: string; key: string }): string => c.code ?? c.key;

export function shape(r: Requirement): string {
  if (r.kind === 'confirm') return `confirm (${r.reasons.map((x) => x.ruleId).join(', ')})`;
  if (r.kind === 'performance') {
    const thresholds = r.thresholds.map((t) => `${t.market === 'all' ? '' : `${t.market} `}${t.value}`).join(', ');
    const extra = [r.perCustomer ? 'per customer' : '', r.window?.months ? `${r.window.months} months` : '', r.measure === 'per-workload' ? 'per workload' : ''].filter(Boolean);
    return `performance ${r.unit} ${thresholds}${extra.length ? ` (${extra.join(', ')})` : ''}`;
  }
  return `skills ${r.individuals}: ${r.alternatives
    .map((a) => {
      const roles = a.roles.map((x) => `${x.count}×[${x.groups.join('+')}]`).join(' ');
      const separate = a.separate.map((x) => ` +${x.count}×(${x.group})`).join('');
      const groups = a.groups.map((g) => `${g.key} ${g.routes.map((rt) => `${rt.mode}${rt.count ? rt.count : ''}(${rt.credentials.map(credential).join(',')})`).join(' | ')}`).join('; ');
      return `${roles}${separate} — ${groups}`;
    })
    .join(' OR ')}`;
}

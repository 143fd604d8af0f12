import { readFileSync } from 'node:fs';
import { parseSxs } from '/work/main/src/sxs/parse-sxs.ts';
import { extractRequirements } from '/work/main/src/requirements/extract-requirements.ts';
for (const file of process.argv.slice(2)) {
  const doc = parseSxs(readFileSync(file), { file });
  const { model, diagnostics, report } = extractRequirements(doc);
  console.log('===', file.split('/').pop(), JSON.stringify(report));
  for (const o of model.options) for (const l of o.levels) for (const r of l.requirements) {
    if (r.kind === 'performance') console.log(' ', r.id, 'PERF', r.unit, r.quantity, r.perCustomer, r.thresholds.map(t=>t.market+':'+t.value).join(','), 'wl', r.workloads.map(w=>w.key).join('|'), 'assoc', r.associations.map(a=>a.key).join('|'), 'excl', r.exclusions.map(e=>e.key).join('|'), r.measure, r.window?.months ?? '');
    else if (r.kind === 'skills') console.log(' ', r.id, 'SKILLS', r.individuals, r.alternatives.map(a => `[${a.individuals}: roles ${a.roles.map(x=>x.count+'x'+x.groups.join('+')).join(' ')} sep ${a.separate.map(x=>x.count+'x'+x.group).join(' ')} | ${a.groups.map(g=>g.key+'='+g.routes.map(rt=>rt.mode+(rt.count??'')+'('+rt.credentials.map(c=>c.code??c.key.slice(0,25)).join(',')+')').join(' OR ')).join(' ; ')}]`).join(' OR '), r.notes?.length ? 'notes:'+r.notes.length : '');
    else console.log(' ', r.id, 'CONFIRM', r.label.source.slice(0,100), '::', r.reasons.map(x=>x.ruleId+': '+x.reason.slice(0,120)).join(' | '));
  }
  for (const d of diagnostics.filter(d => d.severity !== 'info' || d.ruleId.startsWith('req-'))) if (!d.ruleId.startsWith('req-') || d.ruleId==='req-level-heading-unknown' || d.ruleId.includes('assumed')) console.log('   diag', d.severity, d.ruleId, d.reason.slice(0,100));
}

// Whether an exclusion leaves out unpaid subscriptions (trial, free or unpaid ones), which the
// checker asks per customer. Kept apart (no imports) because the checker island ships it.

/** An exclusion the checker can apply: trial, free or unpaid subscriptions. */
export const isTrialExclusion = (e: { key: string; label: { source: string } }): boolean =>
  /\b(trial|free|unpaid)\b/i.test(e.key) || /\btrial\b/i.test(e.label.source);

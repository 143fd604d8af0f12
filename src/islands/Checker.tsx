// The eligibility checker island, built entirely from the page's requirement model: the
// partner's answers in, a verdict per level with gaps and reasons out (evaluate.ts).
import { useId, useMemo, useState } from 'preact/hooks';
import type { Competency } from '../requirements/model.ts';
import type { Answers } from '../eligibility/answers.ts';
import { emptyCustomer, type FormState } from '../eligibility/form.ts';
import { labelPicker, translator, type Words } from '../eligibility/format.ts';
import { findOption } from '../eligibility/option-inputs.ts';
import { Field } from './Field.tsx';
import { CsvImport } from './CsvImport.tsx';
import { CustomerRows } from './CustomerRows.tsx';
import { IndividualRows } from './IndividualRows.tsx';
import { LevelResult } from './LevelResult.tsx';
import { ConfirmAnswers } from './ConfirmAnswers.tsx';
import { TotalsFields } from './TotalsFields.tsx';
import { useChecker } from './use-checker.ts';

export interface Props {
  model: Competency;
  /** Page locale, e.g. `de-DE`: model labels and number format follow it. */
  locale: string;
  /** The `checker.*` strings of the page's catalogue. */
  messages: Record<string, string>;
}

export function Checker({ model, locale, messages }: Props) {
  const w: Words = useMemo(
    () => ({ t: translator(messages), pick: labelPicker(model, locale), nf: new Intl.NumberFormat(locale) }),
    [model, locale, messages],
  );
  const { t, pick } = w;
  const c = useChecker(model, locale, w);
  const { form, inputs, evaluation } = c;
  const [status, setStatus] = useState('');
  const id = useId();
  const option = findOption(model, form.option)!;
  const set = (patch: Partial<FormState>) => c.setForm({ ...form, ...patch });
  const errors = new Map(c.errors.map((e) => [e.path, e.code]));
  const errorAt = (path: string) => {
    const code = errors.get(path);
    return code && t(`checker.error.${code}`, { example: w.nf.format(12500) });
  };
  const announcement = evaluation
    ? evaluation.levels.map((l, i) => t('checker.announce', { level: pick(option.levels[i]!.name), verdict: t(`checker.verdict.${l.verdict}`) })).join(' ')
    : t('checker.fix');
  const share = async () => {
    const { url, note } = await c.share();
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`${t('checker.share.done')} ${note}`.trim());
    } catch {
      setStatus(`${t('checker.share.failed', { url })} ${note}`.trim());
    }
  };
  const choices = (keys: string[], prefix: string): [string, string][] => keys.map((k) => [k, t(k === 'unknown' ? 'checker.unsure' : `${prefix}${k}`)]);

  return (
    <section class="checker" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('checker.title')}</h2>
      <p>{t('checker.intro')}</p>
      {c.notices.length > 0 && (
        <div role="alert" class="checker-notice">
          {c.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <form class="checker-form" onSubmit={(e) => e.preventDefault()}>
        {model.options.length > 1 && (
          <Field label={t('checker.option')} value={option.key} choices={model.options.map((o) => [o.key, pick(o.name)])} onChange={(o) => set({ option: o })} />
        )}
        {inputs.asksMarket && (
          <Field
            label={t('checker.market')}
            value={form.market}
            choices={choices(['developed', 'developing', 'unknown'], 'checker.market.')}
            onChange={(m) => set({ market: m as Answers['market'] })}
          />
        )}
        <p id={`${id}-hint`}>{t('checker.number.hint')}</p>
        {inputs.measures.length > 0 && (
          <fieldset>
            <legend>{t('checker.customers')}</legend>
            <Field label={t('checker.mode')} value={form.mode} choices={choices(['customers', 'totals'], 'checker.mode.')} onChange={(m) => set({ mode: m as Answers['mode'] })} />
            {form.mode === 'totals' ? (
              <TotalsFields measures={inputs.measures} totals={form.totals} w={w} hintId={`${id}-hint`} errorAt={errorAt} onChange={(totals) => set({ totals })} />
            ) : (
              <>
                <CustomerRows rows={form.customers} inputs={inputs} w={w} hintId={`${id}-hint`} errorAt={errorAt} onChange={(customers) => set({ customers })} />
                <button type="button" onClick={() => set({ customers: [...form.customers, emptyCustomer()] })}>
                  {t('checker.customer.add')}
                </button>
                <CsvImport option={option} locale={locale} w={w} entered={form.customers.length} onImport={(rows, append) => set({ customers: [...(append ? form.customers : []), ...rows] })} />
              </>
            )}
          </fieldset>
        )}
        {inputs.credentials.length > 0 && (
          <fieldset>
            <legend>{t('checker.individuals')}</legend>
            <IndividualRows rows={form.individuals} credentials={inputs.credentials} w={w} onChange={(individuals) => set({ individuals })} />
            <button type="button" onClick={() => set({ individuals: [...form.individuals, { name: '', held: [] }] })}>
              {t('checker.individual.add')}
            </button>
          </fieldset>
        )}
        {inputs.confirmations.length > 0 && (
          <fieldset>
            <legend>{t('checker.other')}</legend>
            <ConfirmAnswers requirements={inputs.confirmations} answers={form.confirmations} w={w} onChange={(confirmations) => set({ confirmations })} />
          </fieldset>
        )}
      </form>
      <h3>{t('checker.results')}</h3>
      <p class="checker-announce" aria-live="polite">
        {announcement}
      </p>
      {evaluation && (
        <div class="checker-levels">
          {option.levels.map((level, i) => (
            <LevelResult
              key={level.level}
              level={level}
              result={evaluation.levels[i]!}
              model={model}
              w={w}
              marketKnown={form.market !== 'unknown'}
              customerName={(n) => form.customers[n]?.name || t('checker.customer', { n: n + 1 })}
            />
          ))}
        </div>
      )}
      <p>{t('checker.estimate')}</p>
      <p class="checker-actions">
        <button type="button" onClick={c.reset}>
          {t('checker.reset')}
        </button>{' '}
        <button type="button" onClick={() => void share()}>
          {t('checker.share')}
        </button>
      </p>
      <p role="status">{status}</p>
    </section>
  );
}

export default Checker;

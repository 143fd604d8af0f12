// The checker's state and side effects: the form and its reading. Keeping it across a reload
// and in the address (link-state.ts) loads on demand, after the island hydrates.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Competency } from '../requirements/model.ts';
import { evaluate, type Evaluation } from '../eligibility/evaluate.ts';
import { emptyForm, readForm, type FormState } from '../eligibility/form.ts';
import type { Words } from '../eligibility/format.ts';
import { findOption, optionInputs, type OptionInputs } from '../eligibility/option-inputs.ts';
import type { Issue } from '../eligibility/schema.ts';

export interface Checker {
  form: FormState;
  setForm: (next: FormState) => void;
  inputs: OptionInputs;
  /** Field problems; while there are any, no evaluation. */
  errors: Issue[];
  evaluation: Evaluation | undefined;
  /** What a shared link could not give, in the reader's words. */
  notices: string[];
  reset: () => void;
  /** The share link and what it leaves out, in words. */
  share: () => Promise<{ url: string; note: string }>;
}

const linkState = () => import('./link-state.ts');

export function useChecker(model: Competency, locale: string, w: Words): Checker {
  const first = model.options[0]?.key ?? '';
  const [form, setForm] = useState<FormState>(() => emptyForm(first));
  const [notices, setNotices] = useState<string[]>([]);
  // The address changes only once the reader has answered something (or arrived with answers).
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    void linkState().then((link) => {
      const restored = link.restore(model, locale, w);
      if (!restored) return;
      setForm(restored.form);
      setNotices(restored.notices);
      setTouched(true);
    });
  }, []);

  const option = findOption(model, form.option);
  const inputs = useMemo(() => optionInputs(option!), [option]);
  const reading = useMemo(() => readForm(form, locale, inputs.measures.map((m) => m.key)), [form, inputs, locale]);
  const evaluation = useMemo(() => reading.answers && evaluate(model, reading.answers), [reading]);

  useEffect(() => {
    if (touched) void linkState().then((link) => link.persist(model, form, reading.answers));
  }, [reading, touched]);

  return {
    form,
    setForm: (next) => {
      setTouched(true);
      setForm(next);
    },
    inputs,
    errors: reading.errors,
    evaluation,
    notices,
    reset: () => {
      setForm(emptyForm(first));
      setNotices([]);
      setTouched(false);
      void linkState().then((link) => link.forget());
    },
    share: async () => (await linkState()).shareLink(model, reading.answers, w),
  };
}

// The checker's state and side effects: the form, its reading, the URL it is shared by.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Competency } from '../requirements/model.ts';
import { evaluate, type Evaluation } from '../eligibility/evaluate.ts';
import { emptyForm, formFromAnswers, readForm, type FormState } from '../eligibility/form.ts';
import { findOption, optionInputs, type OptionInputs } from '../eligibility/option-inputs.ts';
import { URL_PARAM, encodeState } from '../eligibility/url-encode.ts';
import type { Issue } from '../eligibility/schema.ts';

export interface Checker {
  form: FormState;
  setForm: (next: FormState) => void;
  inputs: OptionInputs;
  /** Field problems; while there are any, no evaluation. */
  errors: Issue[];
  evaluation: Evaluation | undefined;
  /** Parts of a shared link that could not be read. */
  dropped: string[];
  reset: () => void;
  shareUrl: () => string;
}

const urlWith = (param: string | undefined): URL => {
  const url = new URL(location.href);
  if (param) url.searchParams.set(URL_PARAM, param);
  else url.searchParams.delete(URL_PARAM);
  return url;
};

export function useChecker(model: Competency, locale: string): Checker {
  const first = model.options[0]?.key ?? '';
  const [form, setForm] = useState<FormState>(() => emptyForm(first));
  const [dropped, setDropped] = useState<string[]>([]);
  // The address changes only once the reader has answered something (or arrived with answers).
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    const param = new URLSearchParams(location.search).get(URL_PARAM);
    if (!param) return;
    // Reading a shared link is loaded on demand: most visits carry none.
    void import('../eligibility/url-state.ts').then(({ decodeState }) => {
      const decoded = decodeState(model, param);
      setForm(formFromAnswers({ ...decoded.answers, option: decoded.answers.option || first }, locale));
      setDropped(decoded.dropped);
      setTouched(true);
    });
  }, []);

  const option = findOption(model, form.option);
  const inputs = useMemo(() => optionInputs(option!), [option]);
  const reading = useMemo(() => readForm(form, locale, inputs.measures.map((m) => m.key)), [form, inputs, locale]);
  const evaluation = useMemo(() => reading.answers && evaluate(model, reading.answers), [reading]);

  useEffect(() => {
    if (touched && reading.answers) history.replaceState(history.state, '', urlWith(encodeState(reading.answers)));
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
    dropped,
    reset: () => {
      setForm(emptyForm(first));
      setDropped([]);
      setTouched(false);
      history.replaceState(history.state, '', urlWith(undefined));
    },
    shareUrl: () => urlWith(reading.answers && encodeState(reading.answers)).href,
  };
}

// The checker's answers across a reload and in a share link, loaded on demand after the island
// hydrates: the link in the address bar (compact, never longer than MAX_LINK_CHARS), the whole
// form saved beside it in this browser, and in words what a shared link leaves out. The language
// switch carries the link to the same page in another language, which finds the form saved there.
import type { Answers } from '../eligibility/answers.ts';
import { readForm, type FormState } from '../eligibility/form.ts';
import { formFromAnswers } from '../eligibility/form-rows.ts';
import type { Words } from '../eligibility/format.ts';
import { countsText, linkNotices } from '../eligibility/link-notice.ts';
import { findOption, optionInputs } from '../eligibility/option-inputs.ts';
import { forgetForm, loadForm, saveForm, storageKey } from '../eligibility/saved-form.ts';
import { URL_PARAM, encodeState, linkKeys, type EncodedState } from '../eligibility/url-encode.ts';
import { decodeState } from '../eligibility/url-state.ts';
import type { Competency } from '../requirements/model.ts';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};
const key = (): string => storageKey(location.pathname);
const current = (): string | null => new URLSearchParams(location.search).get(URL_PARAM);
const urlWith = (param: string | undefined): URL => {
  const url = new URL(location.href);
  if (param) url.searchParams.set(URL_PARAM, param);
  else url.searchParams.delete(URL_PARAM);
  return url;
};

const encodeFor = (model: Competency, answers: Answers): EncodedState =>
  encodeState(answers, linkKeys(model.options.map((o) => o.key), optionInputs(findOption(model, answers.option)!)));

/**
 * The form saved for this link on the same page in another language (the head's hreflang
 * alternates), read in that page's locale and written in this one: numbers are shown as this
 * language writes them, names and every row kept, also those a long link leaves out.
 */
function savedInOtherLanguage(model: Competency, locale: string, param: string): FormState | undefined {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel=alternate][hreflang]')) {
    const path = new URL(link.href).pathname;
    const saved = path === location.pathname ? undefined : loadForm(storage(), storageKey(path), param);
    const option = saved && findOption(model, saved.option);
    const read = option && readForm(saved, link.hreflang, optionInputs(option).measures.map((m) => m.key));
    if (read?.answers) return formFromAnswers(read.answers, locale);
  }
  return undefined;
}

export interface Restored {
  form: FormState;
  /** What the link could not give, in the reader's words. */
  notices: string[];
}

/** The form the page opens with: the one saved for its link (a reload), else the link read; undefined without a link. */
export function restore(model: Competency, locale: string, w: Words): Restored | undefined {
  const param = current();
  if (!param) return undefined;
  const decoded = decodeState(model, param);
  // A form saved for a link made for other requirements (the site changed since) is not restored either.
  const saved = decoded.dropped.some((d) => d.at === 'version') ? undefined : (loadForm(storage(), key(), param) ?? savedInOtherLanguage(model, locale, param));
  if (saved) return { form: saved, notices: [] };
  const option = decoded.answers.option || model.options[0]?.key || '';
  return { form: formFromAnswers({ ...decoded.answers, option }, locale), notices: linkNotices(decoded, optionInputs(findOption(model, option)!), w) };
}

/** Writes the link for `answers` (keeping the last one while the form does not read) and saves the whole form beside it. */
export function persist(model: Competency, form: FormState, answers: Answers | undefined): void {
  const param = answers ? encodeFor(model, answers).param : (current() ?? '');
  history.replaceState(history.state, '', urlWith(param));
  saveForm(storage(), key(), { param, form });
}

export function forget(): void {
  forgetForm(storage(), key());
  history.replaceState(history.state, '', urlWith(undefined));
}

/** The share link, and what it leaves out in words (empty when it holds everything but names). */
export function shareLink(model: Competency, answers: Answers | undefined, w: Words): { url: string; note: string } {
  // While a field does not read, the link is the last one written, with what that one left out.
  const last = current() ?? '';
  const { param, leftOut } = answers ? encodeFor(model, answers) : { param: last, leftOut: last ? decodeState(model, last).leftOut : { customers: 0, individuals: 0 } };
  const items = countsText(leftOut, w);
  return { url: urlWith(param || undefined).href, note: items ? w.t('checker.share.left-out', { items }) : '' };
}

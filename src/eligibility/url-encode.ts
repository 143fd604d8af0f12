// Answers in the page URL (`?checker=<JSON>`): the writing half, which the checker runs on
// every change; reading a link back (url-state.ts) is loaded only when the page has one.
import type { Answers } from './answers.ts';

export const URL_PARAM = 'checker';

/** The URL parameter value for `answers`, without customer or individual names. */
export function encodeState(answers: Answers): string {
  return JSON.stringify({
    ...answers,
    customers: answers.customers.map((c) => ({ ...c, name: '' })),
    individuals: answers.individuals.map((p) => ({ ...p, name: '' })),
  });
}

// Reading a shared link back into answers (the writing half is url-encode.ts), loaded only when
// a page has one. A link is read part by part against the page's model: a value that does not
// fit is left out on its own (a bad number becomes "not sure", an unknown credential leaves the
// person with the ones they hold), and each part left out is named by row and field, so the
// island can say so in the reader's language instead of failing or guessing. Links written
// before the compact format (`?checker=<JSON>`) are read the same way.
import type { Competency } from '../requirements/model.ts';
import { Attestation, Count, HOLDS_NONE, MAX_ROWS, Market, Mode, emptyAnswers, type Answers, type Customer, type Individual } from './answers.ts';
import { findOption, optionInputs } from './option-inputs.ts';
import { enumOf, isPlainObject } from './schema.ts';
import { excerpt } from './excerpt.ts';
import { CODES, FORMAT, UNANSWERED, UNKNOWN, fingerprint, linkKeys, type LeftOut, type LinkKeys } from './url-encode.ts';

export { URL_PARAM, encodeState, linkKeys, type EncodedState, type LeftOut } from './url-encode.ts';

/** A part of a link that was left out. */
export interface DroppedPart {
  /**
   * `link`: nothing could be read; `version`: made for other requirements than the page's;
   * `rows`: rows past the form's limit (`field` says which, `excerpt` how many).
   */
  at: 'link' | 'version' | 'option' | 'market' | 'mode' | 'customer' | 'individual' | 'totals' | 'confirmation' | 'rows';
  /** The row, from 0, of a customer or person. */
  row?: number;
  /** `association`, `status`, a measure key, `value` (a measure the page does not ask for), `credential`; absent for a whole row. */
  field?: string;
  /** What the link held there, at most 24 characters. */
  excerpt?: string;
}

export interface DecodedState {
  answers: Answers;
  dropped: DroppedPart[];
  /** Rows the link says it leaves out (too many for a link). */
  leftOut: LeftOut;
}

const STATUS = enumOf(['paid', 'trial', 'unknown']);
const NONE: LeftOut = { customers: 0, individuals: 0 };
const failed = (at: 'link' | 'version'): DecodedState => ({ answers: emptyAnswers(), dropped: [{ at }], leftOut: NONE });


const invert = <V extends string>(codes: Record<string, V>): Record<string, string> => Object.fromEntries(Object.entries(codes).map(([k, v]) => [v, k]));
const FROM = { market: invert(CODES.market), mode: invert(CODES.mode), status: invert(CODES.status), attestation: invert(CODES.attestation) };

/** A token of a link: a base-36 count, `*` for not sure; anything else is kept as it stood, to be refused and named. */
const token = (t: string): unknown => (t === UNKNOWN ? 'unknown' : /^[0-9a-z]{1,7}$/.test(t) ? parseInt(t, 36) : t);
const at = (keys: string[], t: string): string => (/^[0-9a-z]{1,3}$/.test(t) ? (keys[parseInt(t, 36)] ?? `#${t}`) : `#${t}`);
const positional = (keys: string[], tokens: string[]): Record<string, unknown> =>
  Object.fromEntries(tokens.flatMap((t, i) => (t === '' ? [] : [[keys[i] ?? `#${i + 1}`, token(t)]])));
const rows = (section: string | undefined): string[] => (section ? section.split('-') : []);

/** The compact form read into the shape of a JSON link, with what it cannot place kept as `#…`, so one check reads both. */
function readCompact(model: Competency, param: string): { raw: Record<string, unknown>; keys: LinkKeys; leftOut: LeftOut } | DecodedState {
  const [head = '', opt = '', mm = '', customers, totals, individuals, confirmations = '', left = ''] = param.split('_');
  const [format, print] = head.split('.');
  if (format !== FORMAT) return failed('link');
  const options = model.options.map((o) => o.key);
  const option = at(options, opt);
  const inputs = optionInputs(findOption(model, option)!);
  const keys = linkKeys(options, inputs);
  if (print !== fingerprint(keys)) return failed('version');
  const raw = {
    option,
    market: FROM.market[mm[0] ?? ''] ?? mm.slice(0, 1),
    mode: FROM.mode[mm[1] ?? ''] ?? mm.slice(1, 2),
    customers: rows(customers).map((row) => {
      const [a = '', s = '', ...values] = row.split('.');
      return { association: at(keys.associations, a), status: FROM.status[s] ?? s, values: positional(keys.rowMeasures, values) };
    }),
    totals: positional(keys.measures, totals ? totals.split('.') : []),
    // `p*`: a person who holds none of the credentials listed.
    individuals: rows(individuals).map((row) => (row === `p${UNKNOWN}` ? { held: [HOLDS_NONE] } : row.startsWith('p') ? { held: row.length > 1 ? row.slice(1).split('.').map((t) => at(keys.credentials, t)) : [] } : row)),
    confirmations: Object.fromEntries([...confirmations].flatMap((c, i) => (c === UNANSWERED ? [] : [[keys.confirmations[i] ?? `#${i + 1}`, FROM.attestation[c] ?? c]]))),
  };
  const leftOut = { ...NONE };
  for (const part of left.split('.')) {
    const n = Number(part.slice(1));
    if (Number.isSafeInteger(n) && n > 0 && part[0] === 'c') leftOut.customers = n;
    if (Number.isSafeInteger(n) && n > 0 && part[0] === 'p') leftOut.individuals = n;
  }
  return { raw, keys, leftOut };
}

/** Reads a URL parameter value; never throws. */
export function decodeState(model: Competency, param: string): DecodedState {
  let raw: unknown;
  let leftOut = NONE;
  if (param.startsWith('{')) {
    try {
      raw = JSON.parse(param);
    } catch {
      return failed('link');
    }
  } else {
    const compact = readCompact(model, param);
    if ('answers' in compact) return compact;
    ({ raw, leftOut } = compact);
  }
  if (!isPlainObject(raw)) return failed('link');
  return { ...readAnswers(model, raw), leftOut };
}

/** Checks a link's answers against the model, part by part. */
function readAnswers(model: Competency, raw: Record<string, unknown>): { answers: Answers; dropped: DroppedPart[] } {
  const dropped: DroppedPart[] = [];
  const option = findOption(model, typeof raw.option === 'string' ? raw.option : '');
  if (raw.option !== undefined && option?.key !== raw.option) dropped.push({ at: 'option', excerpt: excerpt(raw.option) });
  const inputs = option ? optionInputs(option) : undefined;
  const measureKeys = new Set(inputs?.measures.map((m) => m.key));
  const associationKeys = new Set(['none', 'unknown', ...(inputs?.associations.map((a) => a.key) ?? [])]);
  const credentialKeys = new Set(inputs?.credentials.map((c) => c.key));
  const confirmIds = new Set(inputs?.confirmations.map((r) => r.id));
  const base = emptyAnswers();

  const choice = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown, fallback: T, part: DroppedPart): T => {
    if (value === undefined) return fallback;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    dropped.push({ ...part, excerpt: excerpt(value) });
    return fallback;
  };
  /** Counts by measure key; a bad count is "not sure" (so a row never loses its other values), an unknown measure is left out. */
  const counts = (value: unknown, part: DroppedPart): Record<string, Count> => {
    if (value === undefined) return {};
    if (!isPlainObject(value)) return dropped.push({ ...part, excerpt: excerpt(value) }), {};
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]): Array<[string, Count]> => {
        if (!measureKeys.has(k)) return dropped.push({ ...part, field: 'value', excerpt: excerpt(k) }), [];
        return [[k, choice(Count, v, 'unknown', { ...part, field: k })]];
      }),
    );
  };
  const list = (value: unknown, field: 'customers' | 'individuals'): unknown[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return dropped.push({ at: 'rows', field, excerpt: excerpt(value) }), [];
    if (value.length > MAX_ROWS) dropped.push({ at: 'rows', field, excerpt: String(value.length - MAX_ROWS) });
    return value.slice(0, MAX_ROWS);
  };

  const customers = list(raw.customers, 'customers').flatMap((c, row): Customer[] => {
    if (!isPlainObject(c)) return dropped.push({ at: 'customer', row }), [];
    const part = { at: 'customer', row } as const;
    const association = typeof c.association === 'string' && associationKeys.has(c.association) ? c.association : (dropped.push({ ...part, field: 'association', excerpt: excerpt(c.association) }), 'unknown');
    const status = choice(STATUS, c.status, 'unknown' as Customer['status'], { ...part, field: 'status' });
    return [{ name: '', association, status, values: counts(c.values, part) }];
  });
  const individuals = list(raw.individuals, 'individuals').flatMap((p, row): Individual[] => {
    const part = { at: 'individual', row } as const;
    if (!isPlainObject(p) || !Array.isArray(p.held)) return dropped.push(part), [];
    const held = p.held.filter((k): k is string => {
      const known = typeof k === 'string' && (credentialKeys.has(k) || (k === HOLDS_NONE && (p.held as unknown[]).length === 1));
      if (!known) dropped.push({ ...part, field: 'credential', excerpt: excerpt(k) });
      return known;
    });
    return [{ name: '', held: [...new Set(held)] }];
  });
  const confirmations = isPlainObject(raw.confirmations)
    ? Object.fromEntries(
        Object.entries(raw.confirmations).flatMap(([id, v]) => {
          const r = Attestation.safeParse(v);
          return confirmIds.has(id) && r.success ? [[id, r.data]] : (dropped.push({ at: 'confirmation', excerpt: excerpt(id) }), []);
        }),
      )
    : {};
  const answers: Answers = {
    option: option?.key ?? '',
    market: choice(Market, raw.market, base.market, { at: 'market' }),
    mode: choice(Mode, raw.mode, base.mode, { at: 'mode' }),
    customers,
    totals: counts(raw.totals, { at: 'totals' }),
    individuals,
    confirmations,
  };
  return { answers, dropped };
}

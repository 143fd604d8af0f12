// QA configuration: rule severities, do-not-translate terms, per-locale length bands and
// suppressions. Read from `tandem-qa.json` (or a given path) and checked by one schema.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readTermbase } from './read-termbase.js';

const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

export const qaConfigSchema = z.object({
  /** Severity per rule id (`off` disables the rule). Default: each rule's own severity. */
  rules: z.record(z.string(), severitySetting).default({}),
  /** Terms that may stay English in a translation (product names, "Silver"): `same-as-source` ignores them. Default: none. */
  keepTerms: z.array(z.string().min(1)).default([]),
  /** Terms a translation must carry through unchanged whenever the English has them (`missing-term`). Default: none. */
  requiredTerms: z.array(z.string().min(1)).default([]),
  /**
   * Accepted translations of English terms per target language, for names and acronyms that a
   * language does translate: `{ "de": { "VAT": ["Umsatzsteuer"] } }`. Default: none.
   */
  glossary: z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)))).default({}),
  /** A TBX termbase, relative to the config file: its entries join `requiredTerms` and `glossary` (see read-termbase.ts). Default: none. */
  termbase: z.string().min(1).optional(),
  /** Whether a locale path segment in a URL may differ (`/en-us/` → `/de-de/`). Default: false. */
  allowUrlLocale: z.boolean().default(false),
  /** Band of target/source length ratios per target language (`de`: [0.5, 2.2]). Default: built-in bands. */
  lengthRatio: z.record(z.string(), z.tuple([z.number().positive(), z.number().positive()])).default({}),
  /**
   * Findings to drop: one segment or one pattern (as a grouped finding names it: a term, a value
   * kind, a wording), some or all rules, optionally only in files ending with `file`. Default: none.
   */
  suppress: z
    .array(
      z
        .object({
          segment: z.string().min(1).optional(),
          pattern: z.string().min(1).optional(),
          rules: z.array(z.string()).optional(),
          file: z.string().optional(),
          reason: z.string().optional(),
        })
        .refine((s) => s.segment !== undefined || s.pattern !== undefined, { message: 'Expected `segment` or `pattern`' }),
    )
    .default([]),
});

export type QaConfig = z.infer<typeof qaConfigSchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

export const DEFAULT_CONFIG_FILE = 'tandem-qa.json';

/** The configuration with every default, as when no file exists. */
export const defaultQaConfig = (): QaConfig => qaConfigSchema.parse({});

/**
 * Reads and validates a QA config. Without a path, `tandem-qa.json` in the working folder is used
 * when it exists, else the defaults. A given path that is missing or invalid throws: a broken
 * config is a setup mistake, not a content problem.
 */
export function loadQaConfig(path?: string): QaConfig {
  const file = resolve(path ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) throw new Error(`Unexpected missing config file ${file}, expected a JSON file (see docs/qa.md)`);
    return defaultQaConfig();
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Unexpected invalid JSON in ${file}: ${(error as Error).message}, expected a JSON object (see docs/qa.md)`);
  }
  const parsed = qaConfigSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Unexpected QA config in ${file}, expected the documented shape:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.termbase ? withTermbase(parsed.data, resolve(dirname(file), parsed.data.termbase)) : parsed.data;
}

/** The config with a termbase's terms added to its own `requiredTerms` and `glossary`. */
export function withTermbase(config: QaConfig, file: string): QaConfig {
  if (!existsSync(file)) throw new Error(`Unexpected missing termbase ${file}, expected a TBX file (the config's \`termbase\`)`);
  const tb = readTermbase(readFileSync(file, 'utf8'));
  const glossary = { ...config.glossary };
  for (const [lang, terms] of Object.entries(tb.glossary)) {
    glossary[lang] = { ...glossary[lang] };
    for (const [term, renderings] of Object.entries(terms)) glossary[lang][term] = [...new Set([...(glossary[lang][term] ?? []), ...renderings])];
  }
  return { ...config, requiredTerms: [...new Set([...config.requiredTerms, ...tb.requiredTerms])], glossary };
}

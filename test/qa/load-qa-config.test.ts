import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQaConfig } from '../../src/qa/load-qa-config.js';
import { ROOT } from '../helpers/shared.js';

const write = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'qa-config-')), 'tandem-qa.json');
  writeFileSync(file, content);
  return file;
};

describe('loadQaConfig', () => {
  it('reads the project config', () => {
    const config = loadQaConfig(join(ROOT, 'tandem-qa.json'));
    expect(config.keepTerms).toContain('Silver');
    expect(config.glossary.de?.['Cloud Solution Provider']).toEqual(['Cloud-Lösungsanbieter']);
  });

  it('fills in defaults', () => {
    expect(loadQaConfig(write('{}'))).toEqual({ rules: {}, keepTerms: [], requiredTerms: [], glossary: {}, allowUrlLocale: false, lengthRatio: {}, suppress: [] });
  });

  it('refuses an unknown severity, saying where', () => {
    expect(() => loadQaConfig(write('{"rules": {"missing-term": "loud"}}'))).toThrow(/Unexpected QA config in .*tandem-qa\.json[\s\S]*rules\["missing-term"\]/);
  });

  it('refuses invalid JSON and a missing file', () => {
    expect(() => loadQaConfig(write('{'))).toThrow(/Unexpected invalid JSON/);
    expect(() => loadQaConfig('/nonexistent/tandem-qa.json')).toThrow(/Unexpected missing config file/);
  });
});

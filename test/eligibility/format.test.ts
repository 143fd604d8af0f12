import { describe, expect, it } from 'vitest';
import { evaluate, type SkillsResult } from '../../src/eligibility/evaluate.ts';
import { gapText, labelPicker, translator, type Words } from '../../src/eligibility/format.ts';
import type { Answers } from '../../src/eligibility/answers.ts';
import en from '../../src/i18n/checker/en.ts';
import fr from '../../src/i18n/checker/fr.ts';
import { EXAMS, MCSA, answers, person, seedLike } from './models.ts';

const words = (messages: Record<string, string>, locale: string): Words => ({ t: translator(messages), pick: labelPicker(seedLike, locale), nf: new Intl.NumberFormat(locale) });
const skillsGap = (a: Answers, level: 'silver' | 'gold', w = words(en, 'en-US')): string => {
  const option = seedLike.options[0]!;
  const at = option.levels.findIndex((l) => l.level === level);
  const req = option.levels[at]!.requirements[1]!;
  return gapText(req, evaluate(seedLike, a).levels[at]!.requirements[1] as SkillsResult, w);
};

describe('gapText: skills, from where the people entered stand', () => {
  it('names the credential a person still needs instead of asking for one more person', () => {
    expect(skillsGap(answers({ individuals: [person(EXAMS[0]!)] }), 'silver')).toBe('Person 1 needs 70-347');
  });

  it('adds the people still to find after what the closest people need', () => {
    expect(skillsGap(answers({ individuals: [person(MCSA)] }), 'gold')).toMatch(/^1 more person with /);
    expect(skillsGap(answers({ individuals: [person(MCSA), person(EXAMS[1]!)] }), 'gold')).toBe('Person 2 needs MCSA: Office 365');
  });

  it('writes it in the page’s language and typography', () => {
    expect(skillsGap(answers({ individuals: [person(EXAMS[0]!)] }), 'silver', words(fr, 'fr-FR'))).toBe('Personne 1 doit encore obtenir 70-347');
  });

  it('says nothing once the requirement is met', () => {
    expect(skillsGap(answers({ individuals: [person(...EXAMS)] }), 'silver')).toBe('');
  });
});

// Hand-made models shaped like the seed (test/fixtures/eligibility-*/model.json) and answer builders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Competency } from '../../src/requirements/model.ts';
import { emptyAnswers, type Answers, type Customer, type Individual } from '../../src/eligibility/answers.ts';
import { ROOT } from '../helpers/shared.ts';

export const loadModel = (name: string): Competency =>
  Competency.parse(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', `eligibility-${name}`, 'model.json'), 'utf8')));

export const seedLike = loadModel('seed-like');
export const otherUsd = loadModel('other-usd');

export const answers = (over: Partial<Answers> = {}): Answers => ({ ...emptyAnswers(), ...over });

export const customer = (values: Customer['values'], over: Partial<Customer> = {}): Customer => ({
  name: '',
  association: 'transacting-partner',
  status: 'paid',
  values,
  ...over,
});

export const person = (...held: string[]): Individual => ({ name: '', held });

export const EXAMS = ['exam-70-346', 'exam-70-347'];
export const MCSA = 'cert-mcsa-office-365';
export const EXO = 'active-users:exchange-online';
export const SPO = 'active-users:sharepoint-online';

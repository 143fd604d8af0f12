// Requirements as the readers return them: everything but the id and anchor, which the
// extractor assigns once it knows the requirement's place under its option and level.
import type { Requirement } from './model.ts';

export type Draft<T = Requirement> = T extends unknown ? Omit<T, 'id' | 'anchor'> : never;

// Moved to the locale layer; kept so existing imports keep working.
export { languageOf } from '../locale/language-of.ts';

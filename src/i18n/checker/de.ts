// Checker UI strings, German.
import type { CheckerCatalogue } from '../catalogue.js';

export default {
  'checker.title': 'Berechtigung prüfen',
} satisfies CheckerCatalogue;

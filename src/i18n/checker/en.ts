// Checker UI strings, English: the reference catalogue for the eligibility checker island.
export default {
  'checker.title': 'Check your eligibility',
} as const;

// How long a requirement sentence can be: real ones run to a few hundred characters. Longer
// text is kept whole, unread, which also bounds every pattern the grammar tries.
export const MAX_SENTENCE = 1000;

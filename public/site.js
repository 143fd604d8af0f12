// Tandem's reading script (optional, under 3 KB; frame.js runs the header and columns): the language switch keeps the reader's
// place (#anchor) and the checker's answers (?checker=); an article's sentences are one Tab stop, arrow keys, Home and End move between
// them (WAI-ARIA roving tabindex); an original opens inside the viewport; Escape hides every open
// one, hovered or focused (WCAG 1.4.13), until the pointer or focus leaves it.
const d = document;
const seg = (n) => (n instanceof Element ? n.closest('.sxs') : null);
const place = (s) => {
  const t = s.lastElementChild;
  s.classList.remove('twin-up');
  t.style.translate = '';
  const r = t.getBoundingClientRect();
  const m = s.firstElementChild.getBoundingClientRect();
  if (!r.width) return;
  if (getComputedStyle(t).position == 'fixed') return m.bottom > innerHeight / 2 && s.classList.add('twin-up');
  const over = r.right + 8 - d.documentElement.clientWidth;
  if (over > 0) t.style.translate = -Math.min(over, r.left - 8) + 'px';
  if (r.bottom > innerHeight && m.top > r.height) s.classList.add('twin-up');
};
const sentences = (el) => [...(el.closest('article') || d).querySelectorAll('.sxs-main')];
d.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('a[data-keep-hash]') : null;
  if (link) link.setAttribute('href', link.getAttribute('href').split(/[?#]/)[0] + location.search + location.hash);
});
d.addEventListener('keydown', (e) => {
  if (e.key == 'Escape') return d.querySelectorAll('.sxs:hover, .sxs:focus-within').forEach((s) => s.classList.add('dismissed'));
  const el = e.target;
  if (!(el instanceof Element) || !el.classList.contains('sxs-main') || e.altKey || e.ctrlKey || e.metaKey) return;
  const all = sentences(el);
  const i = all.indexOf(el);
  const to = all[{ ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key]];
  if (!to) return;
  e.preventDefault();
  to.focus();
});
d.addEventListener('focusin', (e) => {
  const s = seg(e.target);
  if (!s || e.target != s.firstElementChild) return;
  for (const m of sentences(s)) m.tabIndex = m == e.target ? 0 : -1;
  place(s);
});
d.addEventListener('mouseover', (e) => {
  const s = seg(e.target);
  if (s && !s.contains(e.relatedTarget)) requestAnimationFrame(() => place(s));
});
const undismiss = (e) => {
  const s = seg(e.target);
  if (s && !s.contains(e.relatedTarget) && !s.matches(e.type == 'focusout' ? ':hover' : ':focus-within')) s.classList.remove('dismissed');
};
d.addEventListener('focusout', undismiss);
d.addEventListener('mouseout', undismiss);
// Search needs JavaScript, so it is shown only now; its script and index load on first open.
const search = d.querySelector('details.search');
if (search) {
  search.hidden = false;
  search.addEventListener('toggle', () => {
    search.querySelector('input').focus();
    import('/search.js').then((m) => m.start(search));
  }, { once: true });
}

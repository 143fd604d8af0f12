// Tandem's only script on plain pages (a few hundred bytes, optional): the language switcher
// keeps the reader's place (#anchor), and Escape hides a revealed original (WCAG 1.4.13).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-keep-hash]') : null;
  if (link && location.hash) link.setAttribute('href', link.getAttribute('href').split('#')[0] + location.hash);
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const seg = document.activeElement && document.activeElement.closest('.sxs');
  if (seg) seg.classList.add('dismissed');
});
document.addEventListener('focusout', (event) => {
  const seg = event.target instanceof Element ? event.target.closest('.sxs') : null;
  if (seg) seg.classList.remove('dismissed');
});
// Search needs JavaScript, so it is shown only now; its script and index load on first open.
const search = document.querySelector('details.search');
if (search) {
  search.hidden = false;
  search.addEventListener('toggle', () => {
    search.querySelector('input').focus();
    import('/search.js').then((m) => m.start(search));
  }, { once: true });
}

// The page's frame, run from the head (without defer) so the colour scheme is right before the
// page paints: the reader's remembered scheme, else the stylesheet follows prefers-color-scheme;
// then, once the page is read, the header's scheme toggle (pressed is dark, remembered), its
// menus (closed by Escape or a click or focus elsewhere) and the wide screen's columns.
// A block, so its names stay apart from site.js's (both are classic scripts).
{
  const d = document;
  const root = d.documentElement;
  try {
    const theme = localStorage.getItem('tandem-theme');
    if (theme == 'dark' || theme == 'light') root.dataset.theme = theme;
  } catch {}
  const dark = () => (root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) == 'dark';
  d.addEventListener('DOMContentLoaded', () => {
    const toggle = d.querySelector('.theme-toggle');
    if (toggle) {
      toggle.setAttribute('aria-pressed', dark());
      toggle.hidden = false;
      toggle.addEventListener('click', () => {
        root.dataset.theme = dark() ? 'light' : 'dark';
        toggle.setAttribute('aria-pressed', dark());
        try {
          localStorage.setItem('tandem-theme', root.dataset.theme);
        } catch {}
      });
    }
    // Disclosures that are columns on a wide screen (the site's navigation, "On this page") are
    // open there, so their links are reachable by Tab, and closed on a narrow one.
    const wide = matchMedia('(min-width: 64rem)');
    const columns = () => d.querySelectorAll('details.wide-open').forEach((x) => (x.open = wide.matches));
    if (wide.matches) columns();
    wide.addEventListener('change', columns);
    const menus = [...d.querySelectorAll('details[data-dismiss]')];
    const away = (e) => menus.forEach((m) => m.open && !(e.target instanceof Node && m.contains(e.target)) && (m.open = false));
    d.addEventListener('click', away);
    d.addEventListener('focusin', away);
    d.addEventListener('keydown', (e) => {
      const menu = e.key == 'Escape' && menus.find((m) => m.open && m.contains(e.target));
      if (menu) (menu.open = false), menu.querySelector('summary').focus();
    });
  });
}

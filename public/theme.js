// Applies the reader's remembered colour scheme before the page paints (loaded without defer,
// from the head); with nothing remembered the stylesheet follows prefers-color-scheme.
try {
  const theme = localStorage.getItem('tandem-theme');
  if (theme == 'dark' || theme == 'light') document.documentElement.dataset.theme = theme;
} catch {}

// Site search, loaded by site.js the first time a reader opens the search box. It asks
// Pagefind (built over the site after Astro, one index per page language) and lists pages
// with links to the sections that matched. Strings come from the page, in its language.
const MAX_SECTIONS = 3;

/** Pagefind marks hits with <mark>; keep that and only text, whatever else an excerpt holds. */
function excerptNodes(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent);
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function resultItem(data) {
  const li = document.createElement('li');
  li.append(link(data.url, (data.meta.title || data.url).trim()));
  const sections = data.sub_results.filter((s) => s.url !== data.url).slice(0, MAX_SECTIONS);
  const shown = sections.length ? sections : data.sub_results.slice(0, 1);
  const list = document.createElement('ul');
  for (const section of shown) {
    const item = document.createElement('li');
    if (section.url !== data.url) item.append(link(section.url, section.title));
    const p = document.createElement('p');
    p.append(...excerptNodes(section.excerpt));
    item.append(p);
    list.append(item);
  }
  li.append(list);
  return li;
}

export async function start(root) {
  const input = root.querySelector('input');
  const status = root.querySelector('[role=status]');
  const results = root.querySelector('.search-results');
  const lang = document.documentElement.lang;
  const numbers = new Intl.NumberFormat(lang);
  const plural = new Intl.PluralRules(lang);
  const say = (name, vars = {}) => {
    status.textContent = (root.dataset[name] || '').replace(/\{(\w+)\}/g, (m, key) => (key in vars ? vars[key] : m));
  };

  say('loading');
  let pagefind;
  try {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24, excerptEllipsis: '…' });
    await pagefind.init();
  } catch {
    say('error');
    return;
  }
  status.textContent = '';

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.debouncedSearch(query, {}, 200);
    if (found === null || ticket !== latest) return;
    const pages = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return;
    results.replaceChildren(...pages.map(resultItem));
    const count = found.results.length;
    if (count === 0) say('none', { query });
    else say(plural.select(count) === 'one' ? 'one' : 'other', { count: numbers.format(count) });
  };
  input.addEventListener('input', run);
  root.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !root.open) return;
    root.open = false;
    root.querySelector('summary').focus();
  });
  if (input.value) run();
}

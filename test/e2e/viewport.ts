// What sticks out of a page sideways, measured inside the browser: the document's scroll width
// against the viewport, and every rendered element whose box leaves the viewport on the left
// or the right. Content inside a box that scrolls or clips on its own (a wide table in its
// scroller) counts only through that box; so does a visually hidden element (clipped to 1 px).
// What is not rendered (a closed disclosure's content) is not measured.
import type { Page } from 'playwright-core';

export interface Overflow {
  innerWidth: number;
  scrollWidth: number;
  /** Elements outside the viewport, as `tag.class#id [left, right]`, at most 20. */
  outside: string[];
}

export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clips = (el: Element): boolean => {
      const s = getComputedStyle(el);
      return s.overflowX !== 'visible' || s.clipPath !== 'none' || s.clip !== 'auto';
    };
    const clippedByAncestor = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (clips(p)) return true;
      return false;
    };
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const outside: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Not rendered for the reader: hidden, or inside a closed disclosure (whose boxes Chromium still lays out).
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) continue;
      if ((r.left < -0.5 || r.right > width + 0.5) && !clippedByAncestor(el)) outside.push(`${name(el)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
    return { innerWidth: width, scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 20) };
  });
}

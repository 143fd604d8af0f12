// Generated sources for the shapes the parser recovers: a small sxs page, and the same page
// written each damaged way real translations write it. Nothing here is a corpus page.

export const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

export const page = (locale: string, body: string): string => `---\nms.contentlocale: ${locale}\n---\n${body}\n`;

/** One shape: its name, the source, and the ids every page of it must show. */
export interface Variant {
  name: string;
  /** The rule id of the recovery the parser reports for it, and its severity (a note unless the page shows a trace). */
  ruleId: string;
  severity?: 'info' | 'warning';
  source: string;
  ids: string[];
}

const ids = (n: number, prefix = 'v') => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

/** The page an sxs paragraph makes, in each damaged shape; `indent` is the continuation lines' indentation. */
export function variants(locale = 'de-DE'): Variant[] {
  const p = (i: number, t: string, s: string) => pair(`v-${i}`, t, s);
  const lone = (indent: string) => `<span data-ttu-id="v-2">\n${indent}Zwei zwei.</span><span class="sxs-lookup"><span data-stu-id="v-2">Two two.</span></span> ${p(3, 'Drei.', 'Three.')}`;
  return [
    { name: 'lone opener, text indented on the next line', ruleId: 'sxs-lone-span-opener', source: page(locale, `${p(1, 'Eins.', 'One.')}\n\n${lone('    ')}\n\n${p(4, 'Vier.', 'Four.')}`), ids: ids(4) },
    { name: 'lone opener and lone sxs-lookup opener', ruleId: 'sxs-lone-span-opener', source: page(locale, `${p(1, 'Eins.', 'One.')}\n\n<span data-ttu-id="v-2">\n    Zwei.</span><span class="sxs-lookup">\n    <span data-stu-id="v-2">Two.</span></span> ${p(3, 'Drei.', 'Three.')}`), ids: ids(3) },
    { name: 'lone opener in a list item', ruleId: 'sxs-lone-span-opener', source: page(locale, `- ${p(1, 'Eins.', 'One.')}\n- ${lone('      ')}\n- ${p(4, 'Vier.', 'Four.')}`), ids: ids(4) },
    { name: 'heading glued to a paragraph, no space', ruleId: 'sxs-glued-heading', source: page(locale, `${p(1, 'Eins.', 'One.')}\n##${p(2, 'Option A', 'Option A')}\n${p(3, 'Drei.', 'Three.')}`), ids: ids(3) },
    { name: 'heading with an anchor glued to a paragraph', ruleId: 'sxs-glued-heading', source: page(locale, `${p(1, 'Eins.', 'One.')}\n###<a name="silver"></a>${p(2, 'Silber', 'Silver')}\n1. ${p(3, 'Drei.', 'Three.')}`), ids: ids(3) },
    { name: 'heading glued to the last line of a list item', ruleId: 'sxs-glued-heading', source: page(locale, `1. ${p(1, 'Eins.', 'One.')}\n###<a name="gold"></a>${p(2, 'Gold', 'Gold')}\n${p(3, 'Drei.', 'Three.')}\n2. ${p(4, 'Vier.', 'Four.')}`), ids: ids(4) },
    { name: 'heading without space opening a paragraph', ruleId: 'sxs-heading-without-space', source: page(locale, `${p(1, 'Eins.', 'One.')}\n\n##${p(2, 'Option B', 'Option B')}\n${p(3, 'Drei.', 'Three.')}`), ids: ids(3) },
    { name: 'emphasis closing after full-width punctuation', ruleId: 'sxs-unclosable-emphasis', source: page(locale, `${p(1, '**注意：**如果设备关闭。', '**Note:** If the device is off.')} ${p(2, '请打开**设置**。', 'Open **Settings**.')} ${p(3, '三。', 'Three.')}`), ids: ids(3) },
    { name: 'emphasis that nothing closes inside its segment', ruleId: 'sxs-emphasis-across-segments', severity: 'warning', source: page(locale, `${p(1, '选择 _“管理”。', 'Select Manage_, then OK.')} ${p(2, '二 **粗体**。', 'Two **bold**.')} ${p(3, '三。', 'Three.')}`), ids: ids(3) },
    { name: 'emphasis opening before full-width punctuation', ruleId: 'sxs-unclosable-emphasis', source: page(locale, `- ${p(1, '选择**「设置」**。', 'Select **Settings**.')} ${p(2, '请打开**设置**。', 'Open **Settings**.')}`), ids: ids(2) },
  ];
}

import type { Page } from 'playwright-core';

/**
 * Text a person sees or hears that did not come from the message catalog, found in the
 * pseudo-locale (en-XA), where every catalog string is accented and bracketed: after the
 * allowed strings are cut out, any ASCII letter left in a visible text node, an option, or an
 * accessible name, title, placeholder or alt text is English that skipped the catalog.
 *
 * `allowed` is data from elsewhere (process names, folders, versions, log lines, user names,
 * addresses) and technical words handed to messages as values (permission names, key names).
 */
export async function findUntranslated(
  page: Page,
  { within, exclude = [], allowed }: { within: string; exclude?: readonly string[]; allowed: readonly string[] },
): Promise<string[]> {
  const found = await page.evaluate(
    ({ within, exclude }) => {
      const roots = [...document.querySelectorAll(within)];
      const excluded = exclude.length > 0 ? [...document.querySelectorAll(exclude.join(','))] : [];
      const isExcluded = (node: Node) => excluded.some((element) => element.contains(node));
      const isShown = (element: Element) =>
        element.closest('option, optgroup') !== null ||
        (element as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: false });
      const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`;
      const strings: { where: string; text: string }[] = [];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, template') || isExcluded(node) || !isShown(parent)) continue;
          strings.push({ where: describe(parent), text: node.textContent ?? '' });
        }
        for (const element of [root, ...root.querySelectorAll('*')]) {
          if (isExcluded(element) || !isShown(element)) continue;
          for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription']) {
            const value = element.getAttribute(attribute);
            if (value) strings.push({ where: `${describe(element)}[${attribute}]`, text: value });
          }
        }
      }
      return strings;
    },
    { within, exclude },
  );
  const cut = [...new Set(allowed)].filter((text) => text.trim() !== '').sort((a, b) => b.length - a.length);
  const problems: string[] = [];
  for (const { where, text } of found) {
    let rest = text.replace(/\s+/g, ' ').trim();
    for (const data of cut) rest = rest.split(data).join(' ');
    if (/[A-Za-z]/.test(rest)) problems.push(`${where}: "${text.replace(/\s+/g, ' ').trim().slice(0, 120)}"`);
  }
  return [...new Set(problems)];
}

/**
 * The values the core put into its messages (`{ id, values }` anywhere in a JSON answer): server
 * versions, addresses, a server's own error text. Not the English sentences beside them.
 */
export function messageValuesIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) messageValuesIn(item, into);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && record.values && typeof record.values === 'object') {
      for (const item of Object.values(record.values)) if (typeof item === 'string') into.push(item);
    }
    for (const item of Object.values(record)) messageValuesIn(item, into);
  }
  return into;
}

/** Every string leaf and object key of a JSON value (output arguments are named by their keys), except identifiers of the contract's own enums and fields (`running`, `processName`). */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!/^[a-z]+([A-Z][a-z]*)*$/.test(value)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!/^[a-z]+([A-Z][a-z]*)*$/.test(key)) into.push(key);
      stringsIn(item, into);
    }
  }
  return into;
}

/// <reference lib="dom" />
// The only way the board builds DOM: elements by name, data only as text nodes
// or attribute values. No markup is ever parsed, so no data can become markup.
import { safeLink } from '../board/protocol.js';

export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = Node | string | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply<E extends Element>(e: E, attrs: Attrs | undefined, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    // Handlers and URLs have their own safe paths (addEventListener, `link`).
    if (/^on|^(href|src|xlink:href|srcdoc|style)$/i.test(name)) throw new Error(`attribute not allowed here: ${name}`);
    if (value === null || value === undefined || value === false) continue;
    e.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  return apply(document.createElement(tag), attrs, children);
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): SVGElementTagNameMap[K] {
  return apply(document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K], attrs, children);
}

/** A codicon; decorative, the text next to it says what it means. */
export function icon(name: string, extra = ''): HTMLSpanElement {
  return el('span', { class: `codicon codicon-${name} ${extra}`.trim(), 'aria-hidden': 'true' });
}

/**
 * A link VS Code opens in the browser when it is http(s); any other URL
 * (javascript:, data:, vscode:, command: …) is shown as plain text only.
 */
export function link(url: string, label: string, attrs?: Attrs, ...before: Child[]): HTMLElement {
  const href = safeLink(url);
  const text = el('span', { class: 'link-text' }, label);
  if (!href) return el('span', { ...attrs, title: url }, ...before, text);
  const a = el('a', { ...attrs, target: '_blank', rel: 'noopener noreferrer', title: href }, ...before, text);
  a.setAttribute('href', href);
  return a;
}

/** Calls `fn` on click and on Enter/Space when `target` itself has focus. */
export function onActivate(target: Element, fn: () => void): void {
  target.addEventListener('click', (e) => {
    // Clicks on the controls inside (checkbox, link, button) do their own thing.
    const inner = (e.target as Element).closest('a, button, input, label, select');
    if (inner && inner !== target && target.contains(inner)) return;
    // Selecting text is not a request to jump to the document.
    if (String(window.getSelection() ?? '')) return;
    fn();
  });
  target.addEventListener('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.target !== target || (k.key !== 'Enter' && k.key !== ' ')) return;
    k.preventDefault();
    fn();
  });
}

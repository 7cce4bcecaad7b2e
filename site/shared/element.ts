// Builds DOM elements from a tag, attributes and children, so page code reads as the page.

/** An attribute value; `false` and `undefined` leave the attribute out. */
export type AttributeValue = string | number | boolean | undefined;

/** What an element may hold: nodes, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates `<tag>` with the given attributes (`true` sets an empty attribute) and children.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** The element with this id, of the expected kind; a page without it is a build error. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`#${id} is missing from the page`);
  return element;
}

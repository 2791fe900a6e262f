// Building DOM without HTML strings: text is always set as text, so document content can never become markup.

/** Creates an element. `text` sets textContent; `on*` adds listeners; other props become attributes. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/**
 * Turns a highlight fragment (a list of segments {text, mark}: plain text, marked where it matched) into text
 * nodes and <mark> elements; nothing is parsed as HTML.
 */
export function markedFragment(fragment) {
  return fragment.map((s) => (s.mark ? h('mark', { text: s.text }) : document.createTextNode(s.text)));
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

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

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Decodes the five entities the server's highlighter produces; nothing else is interpreted. */
export function decodeEntities(text) {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]);
}

/**
 * Turns a highlight fragment (HTML-escaped text with <mark>…</mark>) into nodes without parsing HTML:
 * only the literal <mark> and </mark> tags the server inserts are recognised.
 */
export function markedFragment(fragment) {
  const nodes = [];
  let inMark = false;
  for (const part of fragment.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { inMark = true; continue; }
    if (part === '</mark>') { inMark = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    nodes.push(inMark ? h('mark', { text }) : document.createTextNode(text));
  }
  return nodes;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

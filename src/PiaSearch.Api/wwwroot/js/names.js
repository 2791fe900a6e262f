// Helpers the entity page and its printable report share.
import { t } from './i18n.js';
import { h, clear } from './dom.js';

/** One link per row: a row that mentions a name in its before and its after text is still one row. */
export function uniqueRows(mentions) {
  const seen = new Set();
  return mentions.filter((m) => {
    const key = `${m.document}\u0000${m.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * When a name was in use. The latest name is still the name: it reads "since …", never as a span that ended with
 * the last row mentioning it. An earlier name reads from its first to its last mention.
 */
export function nameSpan(name, latest) {
  const first = name.firstSeen?.raw;
  const last = name.lastSeen?.raw;
  if (latest) return first ? t('since', first) : t('stillThere');
  if (!first && !last) return '—';
  return first === last || !last ? first : `${first} – ${last}`;
}


/** Fills the table of the municipalities whose logs mention an entity, and hides its section when there are none. */
export function showMunicipalities(entity) {
  const rows = clear(document.getElementById('municipalities'));
  for (const m of entity.municipalities ?? []) {
    rows.append(h('tr', {},
      h('td', { title: (m.documents ?? []).join(', '), text: m.municipality }),
      h('td', { text: m.from?.raw ?? '—' }),
      h('td', { text: m.to?.raw ?? '—' }),
      h('td', { text: String(m.rows) })));
  }
  document.getElementById('municipalities-section').hidden = (entity.municipalities ?? []).length === 0;
}

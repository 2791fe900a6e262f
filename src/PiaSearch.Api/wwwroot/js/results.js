// Rendering of search hits: metadata, highlighted snippets, and the before/after comparison.
import { h, markedFragment } from './dom.js';
import { diffChars } from './diff.js';
import { t } from './i18n.js';
import { cellText } from './cells.js';

const SNIPPET_FIELDS = ['item', 'before', 'after', 'explanation'];

/**
 * One hit. `options.query` says whether words were searched: without any (rows of an entity, newest first)
 * there is nothing to match as a word or as part of one, so no match mark is shown.
 */
export function renderHit(hit, index, options = {}) {
  // A section field of a whole evaluation is today's wording under its path: no date, no before, nothing to compare.
  const section = hit.kind === 'section';
  const dated = { before: cellText(hit.before, hit.beforeDate), after: cellText(hit.after, hit.afterDate) };
  const head = h('div', { class: 'hit-head' },
    section
      ? h('span', { class: 'chip kind', text: t('kindSection') })
      : h('span', { class: 'hit-date', title: hit.date?.from ? `${hit.date.from} – ${hit.date.to}` : null, text: hit.date?.raw || '—' }),
    hit.itemPath?.file ? h('span', { class: 'chip', text: hit.itemPath.file }) : null,
    hit.itemPath?.chapter ? h('span', { class: 'chip', text: hit.itemPath.chapter }) : null,
    hit.timing ? h('span', { class: 'timing', text: hit.timing }) : null,
    hit.municipality ? h('span', { class: 'chip municipality', title: hit.evaluation || null, text: hit.municipality }) : null,
    // A row read from a PDF or workbook is named by its page and row there (p.12 行3), as a person finds it in the file.
    h('span', {
      class: 'where',
      title: `${hit.document} : ${t('line')} ${hit.line}`,
      text: (hit.municipality ? '' : `${hit.document} : `) + (hit.source?.label ?? `${t('line')} ${hit.line}`),
    }),
    hit.wholeWord || !options.query ? null : h('span', { class: 'partial', title: t('partialMatchHelp'), text: t('partialMatch') }),
    // Found through another spelling, a former name, a synonym…: say which, as plain text.
    (hit.matchedBy || []).filter((m) => m.kind !== 'literal').slice(0, 2)
      .map((m) => h('span', { class: 'chip reason', title: t('matchedByHelp'), text: t('expansionTerm', t(`match.${m.kind}`), m.term) })));

  const snippets = h('ul', { class: 'snippets' });
  for (const field of SNIPPET_FIELDS) {
    const fragments = hit.highlights?.[field];
    if (!fragments || field === 'item') continue;
    // A cell that denotes a date (43010 under ①実施日) is followed by that date, as text.
    const note = dated[field]?.note ? h('span', { class: 'cell-date', text: dated[field].note }) : null;
    const label = h('span', { class: 'label', text: t(section && field === 'after' ? 'sectionText' : field) });
    snippets.append(h('li', {}, label, fragments.map((f, i) => [i > 0 ? ' … ' : null, markedFragment(f)]), note));
  }
  if (!snippets.childElementCount) {
    snippets.append(h('li', {}, h('span', { class: 'label', text: t(section ? 'sectionText' : 'after') }), shorten(hit.after ? dated.after.text : dated.before.text)));
  }

  const item = hit.highlights?.item ? markedFragment(hit.highlights.item[0]) : hit.item;
  const entities = hit.entities?.length
    ? h('ul', { class: 'entities', 'aria-label': t('entities') },
      hit.entities.map((e) => h('li', {}, h('a', { class: 'chip', href: `/entity.html?id=${encodeURIComponent(e.id)}`, text: `${t(`type.${e.type}`)}: ${e.name}` }))))
    : null;

  const details = section ? null : h('details', { class: 'change' },
    h('summary', { text: t('showChange') }),
    comparison(dated.before.text, dated.after.text));

  const id = `row-${hit.document}-${hit.line}`;
  return h('li', { class: 'hit', id, 'data-id': hit.id, 'data-index': index, tabindex: -1 }, head, h('p', { class: 'hit-item' }, item), snippets, entities, details);
}

function comparison(before, after) {
  const ops = diffChars(before || '', after || '');
  const left = h('section', {}, h('h3', { text: t('before') }));
  const right = h('section', {}, h('h3', { text: t('after') }));
  for (const [op, text] of ops) {
    if (op === '=') { left.append(text); right.append(text); }
    else if (op === '-') left.append(h('del', { text }));
    else right.append(h('ins', { text }));
  }
  return h('div', { class: 'diff' }, left, right);
}

function shorten(text) {
  return text && text.length > 160 ? `${text.slice(0, 160)}…` : (text || '');
}

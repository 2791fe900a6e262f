// The search page: the URL holds the whole query state (permalinks), the form mirrors it.
import { getJson, ApiError } from './api.js';
import { h, clear } from './dom.js';
import { t, startLanguageToggle } from './i18n.js';
import { renderHit } from './results.js';

const FIELDS = ['q', 'from', 'to', 'municipality', 'kind', 'file', 'chapter', 'timing', 'entityType', 'sort', 'size'];
const form = document.getElementById('search');
const results = document.getElementById('results');
const count = document.getElementById('count');
const pager = document.getElementById('pager');
const message = document.getElementById('message');
const suggestions = document.getElementById('suggestions');

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of [...FIELDS, 'page', 'entity', 'document', 'expand', 'exclude']) state[key] = params.get(key) || '';
  return state;
}

function urlFor(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value && !(key === 'page' && value === '1') && !(key === 'sort' && value === 'relevance') && !(key === 'size' && value === '20')) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

function fillForm(state) {
  for (const key of FIELDS) {
    const input = form.elements.namedItem(key);
    if (!input) continue;
    const value = key === 'sort' ? effectiveSort(state) : state[key] || (key === 'size' ? '20' : '');
    // A permalink may carry a value the select does not list yet (size=5, a file not loaded): keep it.
    if (input.tagName === 'SELECT' && value && ![...input.options].some((o) => o.value === value)) {
      input.append(h('option', { value, text: value }));
    }
    input.value = value;
  }
  const relevance = form.elements.namedItem('sort').querySelector('option[value=relevance]');
  relevance.disabled = !state.q;
}

/** Without search words there is no relevance: rows are listed newest first, and the order control says so. */
function effectiveSort(state) {
  if (state.q) return state.sort || 'relevance';
  return state.sort === 'oldest' ? 'oldest' : 'newest';
}

function readForm() {
  const state = {};
  for (const key of FIELDS) state[key] = form.elements.namedItem(key)?.value.trim() ?? '';
  return state;
}

async function loadFilters() {
  try {
    const values = await getJson('/api/filters');
    if (values.municipalities?.length) addOptions('municipality', values.municipalities);
    else document.getElementById('municipality').parentElement.hidden = true;
    addOptions('file', values.files);
    addOptions('chapter', values.chapters);
    addOptions('timing', values.timings, (v) => (v === 'なし' ? `${v} / ${t('noTiming')}` : v));
    if (values.entityTypes?.length) addOptions('entityType', values.entityTypes, (v) => t(`type.${v}`));
    else document.getElementById('entityType').parentElement.hidden = true;
  } catch {
    // Filters stay at "any": searching still works.
  }
}

function addOptions(id, values, label = (v) => v) {
  const select = document.getElementById(id);
  const current = select.value;
  for (const value of values || []) select.append(h('option', { value, text: label(value) }));
  select.value = current;
}

async function run(state) {
  fillForm(state);
  message.hidden = true;
  clear(results);
  clear(pager);
  document.getElementById('export').hidden = true;
  await showEntityFilter(state);
  if (!state.q && !state.entity && !state.entityType) { count.textContent = ''; return; }
  count.textContent = t('loading');
  try {
    const response = await getJson('/api/search', state);
    render(response, state);
  } catch (error) {
    count.textContent = '';
    message.textContent = `${t('error')}: ${error instanceof ApiError ? error.message : String(error)}`;
    message.hidden = false;
  }
}

const EXPORTED = ['q', 'from', 'to', 'municipality', 'kind', 'file', 'chapter', 'timing', 'entityType', 'entity', 'sort', 'document'];

/** The same search (every page of it) as a file, and its newest changes as a feed. */
function showExport(state, total) {
  const bar = document.getElementById('export');
  bar.hidden = total === 0;
  const params = new URLSearchParams();
  for (const key of EXPORTED) if (state[key]) params.set(key, state[key]);
  for (const format of ['csv', 'xlsx']) {
    const link = document.getElementById(`export-${format}`);
    link.href = `/api/search/export?format=${format}&${params}`;
    link.title = t('exportHelp');
  }
  const feed = new URLSearchParams();
  for (const key of EXPORTED) if (state[key] && key !== 'sort') feed.set(key, state[key]);
  document.getElementById('feed').href = state.entity && !state.q ? `/api/entities/${encodeURIComponent(state.entity)}.atom` : `/api/search.atom?${feed}`;
}

function render(response, state) {
  const first = (response.page - 1) * response.size + 1;
  const last = first + response.hits.length - 1;
  count.textContent = t('count', response.total, first, last);
  if (response.query?.plainText) count.append(h('span', { class: 'help', text: ` ${t('plainText')}` }));
  if (response.partial) count.append(h('span', { class: 'help', text: ` ${t('partial')}` }));
  showExpansions(response, state);
  response.hits.forEach((hit, i) => results.append(renderHit(hit, i, { query: Boolean(state.q) })));
  showExport(state, response.total);
  renderPager(response, state);
  // A link to one row (from an entity page) lands on it.
  if (location.hash.startsWith('#row-')) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView({ block: 'center' }); target.focus(); }
  }
}

const expansionNotice = h('p', { class: 'expansions', id: 'expansions', hidden: true });
count.after(expansionNotice);

/** A link to the same search with some parameters changed (a literal search, or the expanded one again). */
function searchLink(text, state) {
  return h('a', { href: urlFor(state), onclick: (e) => { e.preventDefault(); navigate(state); }, text });
}

/**
 * Under the count: which other spellings, names and synonyms were searched too, with a link to search the words only
 * as typed; first, when the words as typed found nothing, that the rows shown were found through those.
 */
function showExpansions(response, state) {
  clear(expansionNotice);
  expansionNotice.hidden = true;
  if (!state.q) return;
  if (state.expand === 'false') {
    expansionNotice.append(`${t('literalOnly')} `, searchLink(t('searchExpanded'), { ...state, expand: '', exclude: '', page: '1' }));
    expansionNotice.hidden = false;
    return;
  }
  const expansions = response.expansions || [];
  if (!expansions.length) return;
  if (response.literalTotal === 0 && response.total > 0) expansionNotice.append(h('strong', { text: t('noLiteral', state.q) }), ' ');
  const words = [...new Set(expansions.map((e) => e.word))];
  words.forEach((word, i) => {
    const terms = expansions.filter((e) => e.word === word);
    if (i > 0) expansionNotice.append(t('listSeparator'));
    expansionNotice.append(t('alsoSearched', word, terms.slice(0, 6).map((e) => t('expansionTerm', t(`match.${e.kind}`), e.term)), terms.length - 6));
  });
  expansionNotice.append(' ', searchLink(t('searchLiterally'), { ...state, expand: 'false', exclude: '', page: '1' }));
  expansionNotice.hidden = false;
}

const entityBanner = h('p', { class: 'message entity-filter', hidden: true });
document.getElementById('count').before(entityBanner);

/** While entity= narrows the search, say so by name, with a way out. */
async function showEntityFilter(state) {
  if (!state.entity) { entityBanner.hidden = true; return; }
  let name = state.entity;
  try { name = (await getJson(`/api/entities/${encodeURIComponent(state.entity)}`)).name; } catch { /* the id is shown instead */ }
  clear(entityBanner).append(
    `${t('filteringBy')}: `,
    h('a', { href: `/entity.html?id=${encodeURIComponent(state.entity)}`, text: name }),
    ' ',
    h('button', { type: 'button', onclick: () => navigate({ ...state, entity: '', page: '1' }), text: t('clearFilter') }));
  entityBanner.hidden = false;
}

function renderPager(response, state) {
  const pages = Math.ceil(response.total / response.size);
  if (pages <= 1) return;
  const go = (page) => navigate({ ...state, page: String(page) }, true);
  pager.append(h('button', { type: 'button', disabled: response.page <= 1, onclick: () => go(response.page - 1), text: t('previous') }));
  pager.append(h('span', { class: 'current', 'aria-current': 'page', text: `${t('page', response.page)} / ${pages}` }));
  pager.append(h('button', { type: 'button', disabled: response.page >= pages, onclick: () => go(response.page + 1), text: t('next') }));
}

function navigate(state, focusResults = false) {
  history.pushState(null, '', urlFor(state));
  run(state).then(() => { if (focusResults) results.focus(); });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...readForm(), entity: stateFromUrl().entity, page: '1' }, true);
});

for (const id of ['from', 'to', 'municipality', 'kind', 'file', 'chapter', 'timing', 'entityType', 'sort', 'size']) {
  document.getElementById(id).addEventListener('change', () => {
    const current = stateFromUrl();
    if (form.elements.namedItem('q').value.trim() || current.entity || readForm().entityType) navigate({ ...readForm(), entity: current.entity, page: '1' });
  });
}

// Arrow keys move between results; Enter or Space on a summary opens the comparison.
results.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const summaries = [...results.querySelectorAll('summary')];
  if (!summaries.length) return;
  const index = summaries.indexOf(document.activeElement);
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, summaries.length - 1) : Math.max(index - 1, 0);
  summaries[index === -1 ? 0 : next].focus();
  event.preventDefault();
});

let suggestTimer;
form.elements.namedItem('q').addEventListener('input', (event) => {
  clearTimeout(suggestTimer);
  const prefix = event.target.value.trim();
  if (prefix.length < 1) return;
  suggestTimer = setTimeout(async () => {
    try {
      const found = await getJson('/api/suggest', { q: prefix });
      clear(suggestions);
      for (const s of found.suggestions || []) {
        // A fuzzy suggestion does not contain what was typed; its label does, so the browser's list still shows it.
        const label = s.match === 'fuzzy' ? t('didYouMean', prefix, s.text) : s.text;
        suggestions.append(h('option', { value: s.text, label }));
      }
    } catch { /* suggestions are a convenience */ }
  }, 150);
});

window.addEventListener('popstate', () => run(stateFromUrl()));

startLanguageToggle(() => run(stateFromUrl()), () => {
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  history.replaceState(null, '', url);
});
loadFilters().then(() => run(stateFromUrl()));

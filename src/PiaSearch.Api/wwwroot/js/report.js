// The printable report of an entity: names over time, the timeline, the items it occupied, the municipalities, and
// each succession with the rows that show it (their municipality, item and before/after text). Text is inserted as text.
import { getJson, ApiError } from './api.js';
import { h, clear } from './dom.js';
import { t, currentLanguage, startLanguageToggle } from './i18n.js';
import { timeline } from './timeline.js';
import { uniqueRows, showMunicipalities } from './names.js';
import { cellText } from './cells.js';

const id = new URLSearchParams(location.search).get('id') || '';
const message = document.getElementById('message');
const EVIDENCE_PAGE = 100;

async function load() {
  message.hidden = true;
  try {
    const entity = await getJson(`/api/entities/${encodeURIComponent(id)}`);
    const rows = await evidenceRows(entity);
    render(entity, rows);
    document.body.dataset.ready = 'true';
  } catch (error) {
    message.textContent = `${t('error')}: ${error instanceof ApiError ? error.message : String(error)}`;
    message.hidden = false;
  }
}

/** The rows the successions cite, read through the search (the entity's rows, oldest first), keyed document:line. */
async function evidenceRows(entity) {
  const wanted = new Set((entity.successions ?? []).flatMap((s) => (s.evidence ?? []).map((e) => `${e.document}:${e.line}`)));
  const rows = new Map();
  for (let page = 1; wanted.size > rows.size && page <= 20; page++) {
    const found = await getJson('/api/search', { entity: entity.id, sort: 'oldest', size: EVIDENCE_PAGE, page });
    for (const hit of found.hits) if (wanted.has(`${hit.document}:${hit.line}`)) rows.set(`${hit.document}:${hit.line}`, hit);
    if (page * EVIDENCE_PAGE >= found.total) break;
  }
  return rows;
}

function render(entity, rows) {
  document.title = `PiaSearch — ${entity.name} — ${t('printView')}`;
  document.getElementById('back').href = `/entity.html?id=${encodeURIComponent(entity.id)}`;
  document.getElementById('name').textContent = `${t(`type.${entity.type}`)}: ${entity.name}`;
  const first = entity.timeline?.first?.date?.raw;
  const last = entity.timeline?.last?.date?.raw;
  document.getElementById('summary').textContent = [first && `${t('firstSeen')}: ${first}`, last && `${t('lastSeen')}: ${last}`, `ID: ${entity.id}`].filter(Boolean).join(' / ');
  document.getElementById('generated').textContent = `${t('generated')}: ${new Date().toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'ja-JP')} — ${location.origin}/entity.html?id=${encodeURIComponent(entity.id)}`;

  const names = clear(document.getElementById('names'));
  (entity.names ?? []).forEach((n, i, all) => {
    const latest = i === all.length - 1;
    names.append(h('tr', {},
      h('td', { text: n.name }),
      h('td', { text: n.firstSeen?.raw ?? '—' }),
      h('td', { text: latest ? t('latestName') : n.lastSeen?.raw ?? '—' }),
      h('td', { text: String(n.mentions ?? '') })));
  });

  clear(document.getElementById('timeline')).append(timeline(entity));

  const slots = clear(document.getElementById('slots'));
  for (const s of entity.timeline?.slots ?? []) {
    slots.append(h('tr', {},
      h('td', { text: s.slot }),
      h('td', { text: s.from ? `${s.from.raw}${s.fromLine ? ` (${t('line')} ${s.fromLine})` : ''}` : '—' }),
      h('td', { text: s.to ? `${s.to.raw}${s.toLine ? ` (${t('line')} ${s.toLine})` : ''}` : t('stillThere') })));
  }

  showMunicipalities(entity);

  const successions = clear(document.getElementById('successions'));
  for (const s of entity.successions ?? []) {
    successions.append(h('tr', {},
      h('td', { text: s.date?.raw ?? '—' }),
      h('td', { text: t(`kind.${s.kind}`) }),
      h('td', { text: `${s.before?.citation ?? s.before?.name ?? '—'} → ${s.after?.citation ?? s.after?.name ?? '—'}` }),
      h('td', {}, uniqueRows(s.evidence ?? []).map((e) => evidence(e, rows.get(`${e.document}:${e.line}`))))));
  }
}

function evidence(e, hit) {
  const where = [hit?.municipality, `${e.document} ${t('line')} ${e.line}`].filter(Boolean).join(' · ');
  return h('div', { class: 'evidence' },
    h('div', { class: 'evidence-where', text: where }),
    hit ? h('div', { class: 'evidence-item', text: hit.item }) : null,
    hit ? h('div', {
      class: 'evidence-text',
      text: `${t('before')}: ${shorten(cellText(hit.before, hit.beforeDate).text)} / ${t('after')}: ${shorten(cellText(hit.after, hit.afterDate).text)}`,
    }) : null);
}

function shorten(text) {
  return text && text.length > 140 ? `${text.slice(0, 140)}…` : (text || '—');
}

document.getElementById('print').addEventListener('click', () => window.print());
startLanguageToggle(load);
load();

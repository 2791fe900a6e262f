// The entity page: names over time, a timeline picture, the items it occupied, its successions and the rows
// that mention it. Everything from the documents is inserted as text.
import { getJson, ApiError } from './api.js';
import { h, clear } from './dom.js';
import { t, startLanguageToggle } from './i18n.js';
import { timeline } from './timeline.js';
import { uniqueRows, nameSpan, showMunicipalities } from './names.js';

const id = new URLSearchParams(location.search).get('id') || '';
const message = document.getElementById('message');

const rowLink = (document, line, label) =>
  h('a', { href: `/?document=${encodeURIComponent(document)}&entity=${encodeURIComponent(id)}#row-${encodeURIComponent(document)}-${line}`, text: label ?? `${document}:${line}` });

async function load() {
  message.hidden = true;
  try {
    const entity = await getJson(`/api/entities/${encodeURIComponent(id)}`);
    render(entity);
  } catch (error) {
    message.textContent = `${t('error')}: ${error instanceof ApiError ? error.message : String(error)}`;
    message.hidden = false;
  }
}

function render(entity) {
  document.getElementById('print-view').href = `/report.html?id=${encodeURIComponent(entity.id)}`;
  document.title = `PiaSearch — ${entity.name}`;
  document.getElementById('name').textContent = `${t(`type.${entity.type}`)}: ${entity.name}`;
  const first = entity.timeline?.first?.date?.raw;
  const last = entity.timeline?.last?.date?.raw;
  document.getElementById('summary').textContent = [first && `${t('firstSeen')}: ${first}`, last && `${t('lastSeen')}: ${last}`].filter(Boolean).join(' / ');

  const names = clear(document.getElementById('names'));
  (entity.names ?? []).forEach((n, i, all) => {
    names.append(h('li', { class: 'chip', title: `${t('mentionedFrom')} ${n.firstSeen?.raw ?? '—'} ${t('mentionedUntil')} ${n.lastSeen?.raw ?? '—'}`, text: `${n.name}（${nameSpan(n, i === all.length - 1)}）` }));
  });

  clear(document.getElementById('timeline')).append(timeline(entity));

  const slots = clear(document.getElementById('slots'));
  for (const s of entity.timeline?.slots ?? []) {
    slots.append(h('tr', {},
      h('td', { text: s.slot }),
      h('td', {}, s.from ? [s.from.raw, ' ', s.fromLine ? rowLink(s.document, s.fromLine, `(${t('line')} ${s.fromLine})`) : null] : '—'),
      h('td', {}, s.to ? [s.to.raw, ' ', s.toLine ? rowLink(s.document, s.toLine, `(${t('line')} ${s.toLine})`) : null] : t('stillThere'))));
  }

  showMunicipalities(entity);

  const successions = clear(document.getElementById('successions'));
  for (const s of entity.successions ?? []) {
    successions.append(h('li', {},
      h('span', { class: 'label', text: `${s.date?.raw ?? ''} ${t(`kind.${s.kind}`)}` }),
      `${s.before?.name ?? '—'} → ${s.after?.name ?? '—'} `,
      uniqueRows(s.evidence ?? []).map((e) => [rowLink(e.document, e.line, `${t('line')} ${e.line}`), ' '])));
  }

  document.getElementById('rows').href = `/?entity=${encodeURIComponent(entity.id)}`;
  const aliases = clear(document.getElementById('aliases'));
  for (const a of entity.aliases ?? []) {
    aliases.append(h('li', {},
      h('span', { class: 'label', text: a.suspect ? t('suspectSpelling') : t('spelling') }),
      `${a.surface} `,
      uniqueRows(a.mentions ?? []).slice(0, 20).map((m) => [rowLink(m.document, m.line, `${t('line')} ${m.line}`), ' '])));
  }
}

startLanguageToggle(load);
load();

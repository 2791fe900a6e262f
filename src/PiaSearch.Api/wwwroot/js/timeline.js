// The timeline picture: one bar per item (slot) the entity occupied across the years, its names above,
// renames and replacements as joints. Built with DOM calls only (no markup strings).
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 28;
const LABEL = 230;
const MARGIN = 12;

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const day = (iso) => new Date(`${iso}T00:00:00Z`).getTime();

/** Renders the timeline of an entity (the /api/entities/{id} response) into an SVG element. */
export function timeline(entity) {
  const slots = entity.timeline?.slots ?? [];
  const names = entity.names ?? [];
  const events = (entity.successions ?? []).filter((s) => s.date);
  const dates = [
    ...slots.flatMap((s) => [s.from?.from, s.to?.to]),
    ...names.flatMap((n) => [n.firstSeen?.from, n.lastSeen?.to]),
    ...events.map((e) => e.date.from),
    entity.timeline?.first?.date?.from, entity.timeline?.last?.date?.to,
  ].filter(Boolean).map(day);
  const width = 900;
  if (!dates.length) {
    const svg = el('svg', { viewBox: `0 0 ${width} 40`, role: 'img', 'aria-label': t('noDates') });
    svg.append(el('text', { x: MARGIN, y: 24 }, t('noDates')));
    return svg;
  }

  const firstYear = new Date(Math.min(...dates)).getUTCFullYear();
  const lastYear = new Date(Math.max(...dates)).getUTCFullYear() + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x = (ms) => LABEL + ((ms - start) / (end - start)) * (width - LABEL - MARGIN);
  const rows = 1 + Math.max(slots.length, 1);
  const height = 40 + rows * ROW;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${entity.name}: ${t('timeline')}`, class: 'timeline-svg' });

  // Years
  for (let year = firstYear; year <= lastYear; year++) {
    const gx = x(Date.UTC(year, 0, 1));
    svg.append(el('line', { x1: gx, y1: 18, x2: gx, y2: height - 4, stroke: '#d6dbe3' }));
    if (year < lastYear) svg.append(el('text', { x: gx + 3, y: 14, 'font-size': 11, fill: '#5b6474' }, String(year)));
  }

  // Names over time, on the first row
  svg.append(el('text', { x: 4, y: 24 + ROW / 2, 'font-size': 12, fill: '#1d2330' }, t('names')));
  names.forEach((n, i) => {
    const from = n.firstSeen ? day(n.firstSeen.from) : start;
    const to = n.lastSeen ? day(n.lastSeen.to) : end;
    const y = 24;
    const rect = el('rect', { x: x(from), y, width: Math.max(4, x(to) - x(from)), height: ROW - 10, rx: 4, fill: i % 2 ? '#7aa7d8' : '#0b5cad' });
    rect.append(el('title', {}, `${n.name} (${n.firstSeen?.raw ?? ''} – ${n.lastSeen?.raw ?? ''})`));
    svg.append(rect);
    svg.append(el('text', { x: x(from) + 4, y: y + ROW / 2, 'font-size': 11, fill: '#ffffff' }, n.name.length > 18 ? `${n.name.slice(0, 18)}…` : n.name));
  });

  // One bar per slot
  slots.forEach((s, i) => {
    const y = 24 + (i + 1) * ROW;
    const from = s.from ? day(s.from.from) : start;
    const to = s.to ? day(s.to.to) : end;
    const label = s.slot.length > 28 ? `…${s.slot.slice(-28)}` : s.slot;
    const text = el('text', { x: 4, y: y + ROW / 2, 'font-size': 11, fill: '#1d2330' }, label);
    text.append(el('title', {}, s.slot));
    svg.append(text);
    const rect = el('rect', { x: x(from), y, width: Math.max(4, x(to) - x(from)), height: ROW - 10, rx: 4, fill: s.superseded ? '#b9c3d1' : '#2e8b57' });
    rect.append(el('title', {}, `${s.slot}: ${s.from?.raw ?? '…'} – ${s.to?.raw ?? '…'}`));
    svg.append(rect);
  });

  // Renames and replacements as joints on the name track
  for (const e of events) {
    const cx = x(day(e.date.from));
    const joint = el('circle', { cx, cy: 24 + (ROW - 10) / 2, r: 6, fill: e.kind === 'rename' ? '#f5a623' : '#c0392b', stroke: '#ffffff', 'stroke-width': 2 });
    joint.append(el('title', {}, `${t(`kind.${e.kind}`)}: ${e.before?.name ?? '—'} → ${e.after?.name ?? '—'} (${e.date.raw})`));
    svg.append(joint);
  }
  return svg;
}

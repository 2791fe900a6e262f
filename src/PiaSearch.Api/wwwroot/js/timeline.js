// The timeline picture: one bar per item (slot) the entity occupied across the years, its names above,
// renames and replacements as joints. Built with DOM calls only (no markup strings).
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
// Each track is a label line with its bar below, so a long item label never runs under a bar.
const LABEL_H = 16;
const BAR_H = 16;
const TRACK = LABEL_H + BAR_H + 8;
const TOP = 24;
const MARGIN = 12;
const FONT = 11;

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Shortens a label to what fits in `chars` full-width characters, cutting the middle: an item path keeps its
 * file (the start) and the item itself (the end), the two parts a reader needs.
 */
export function fitLabel(label, chars) {
  if (label.length <= chars) return label;
  const head = Math.ceil((chars - 1) * 0.4);
  const tail = chars - 1 - head;
  return `${label.slice(0, head)}…${label.slice(label.length - tail)}`;
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
  const x = (ms) => MARGIN + ((ms - start) / (end - start)) * (width - 2 * MARGIN);
  const chars = Math.floor((width - 2 * MARGIN) / FONT);
  const tracks = 1 + slots.length;
  const height = TOP + tracks * TRACK + 4;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${entity.name}: ${t('timeline')}`, class: 'timeline-svg' });
  const trackTop = (i) => TOP + i * TRACK;

  // Years
  for (let year = firstYear; year <= lastYear; year++) {
    const gx = x(Date.UTC(year, 0, 1));
    svg.append(el('line', { x1: gx, y1: 18, x2: gx, y2: height - 4, stroke: '#d6dbe3' }));
    if (year < lastYear) svg.append(el('text', { x: gx + 3, y: 14, 'font-size': FONT, fill: '#4a5263' }, String(year)));
  }

  // Names over time, on the first track; the latest name runs on to the end (it is still the name).
  svg.append(el('text', { x: MARGIN, y: trackTop(0) + LABEL_H - 4, 'font-size': FONT, 'font-weight': 'bold', fill: '#1d2330' }, t('names')));
  names.forEach((n, i) => {
    const from = n.firstSeen ? day(n.firstSeen.from) : start;
    const to = n.lastSeen && i < names.length - 1 ? day(n.lastSeen.to) : end;
    const y = trackTop(0) + LABEL_H;
    const rect = el('rect', { x: x(from), y, width: Math.max(4, x(to) - x(from)), height: BAR_H, rx: 4, fill: i % 2 ? '#3f6f9f' : '#0b5cad' });
    rect.append(el('title', {}, `${n.name} (${n.firstSeen?.raw ?? ''} – ${i < names.length - 1 ? n.lastSeen?.raw ?? '' : ''})`));
    svg.append(rect);
    const room = Math.max(0, Math.floor((Math.min(x(to), width - MARGIN) - x(from) - 8) / FONT));
    if (room >= 2) svg.append(el('text', { x: x(from) + 4, y: y + BAR_H - 4, 'font-size': FONT, fill: '#ffffff' }, fitLabel(n.name, room)));
  });

  // One track per slot: its label on a line of its own, its bar below.
  slots.forEach((s, i) => {
    const top = trackTop(i + 1);
    const from = s.from ? day(s.from.from) : start;
    const to = s.to ? day(s.to.to) : end;
    const text = el('text', { x: MARGIN, y: top + LABEL_H - 4, 'font-size': FONT, fill: '#1d2330' }, fitLabel(s.slot, chars));
    text.append(el('title', {}, s.slot));
    svg.append(text);
    const rect = el('rect', { x: x(from), y: top + LABEL_H, width: Math.max(4, x(to) - x(from)), height: BAR_H, rx: 4, fill: s.superseded ? '#8a96a8' : '#2e7d4f' });
    rect.append(el('title', {}, `${s.slot}: ${s.from?.raw ?? '…'} – ${s.to?.raw ?? '…'}`));
    svg.append(rect);
  });

  // Renames and replacements as joints on the name track
  for (const e of events) {
    const cx = x(day(e.date.from));
    const joint = el('circle', { cx, cy: trackTop(0) + LABEL_H + BAR_H / 2, r: 6, fill: e.kind === 'rename' ? '#f5a623' : '#c0392b', stroke: '#ffffff', 'stroke-width': 2 });
    joint.append(el('title', {}, `${t(`kind.${e.kind}`)}: ${e.before?.name ?? '—'} → ${e.after?.name ?? '—'} (${e.date.raw})`));
    svg.append(joint);
  }
  return svg;
}

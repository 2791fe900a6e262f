// Cells as a reader should see them. The server says which date a before or after cell denotes as its item's value
// (hit.beforeDate / hit.afterDate: 43010 under ①実施日 is what a date cell becomes when a sheet is saved as text; R3.4.1):
// the cell stays as written, and the date follows it in 和暦 and as yyyy-mm-dd, so nothing written in the log is hidden.
import { t } from './i18n.js';

const ERA = /明治|大正|昭和|平成|令和/;

/**
 * The note that follows a cell: 「（平成29年10月2日 / 2017-10-02）」; only the yyyy-mm-dd part when the cell already writes the
 * 和暦; '' when the cell is no date.
 */
export function dateNote(text, date) {
  if (!date?.from) return '';
  const iso = date.to && date.to !== date.from ? `${date.from}〜${date.to}` : date.from;
  const label = date.label && !ERA.test(text ?? '') ? date.label : '';
  return t('cellDate', label, iso);
}

/** The text to show for a cell and its date: { text, note, converted }; text is the cell followed by its note. */
export function cellText(text, date) {
  const note = dateNote(text, date);
  return { text: note ? `${(text ?? '').trim()}${note}` : (text ?? ''), note, converted: Boolean(note) };
}

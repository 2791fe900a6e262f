// Cells as a reader should see them. A date item (実施日, 提出日 …) whose cell holds a bare spreadsheet day
// number (43010: days since 1899-12-30, what a date cell becomes when a sheet is saved as text) shows the date,
// with the number beside it so nothing written in the log is hidden.
import { t } from './i18n.js';

const EPOCH = Date.UTC(1899, 11, 30);
// 1960-01-01 … 2099-12-31: a day number outside it is more likely a count or an amount than a date.
const FIRST = 21916;
const LAST = 73415;

/** The date a spreadsheet day number stands for, as yyyy-mm-dd, or null when the text is not one. */
export function spreadsheetDate(text) {
  const trimmed = (text ?? '').trim();
  if (!/^\d{5}$/.test(trimmed)) return null;
  const serial = Number(trimmed);
  if (serial < FIRST || serial > LAST) return null;
  return new Date(EPOCH + serial * 86400000).toISOString().slice(0, 10);
}

/** Whether an item names a date: its last part ends in 日 (実施日, 提出日, 公表日) or 年月日. */
export function isDateItem(item) {
  const last = (item ?? '').trim().split(/[\s\-/]+/).pop() ?? '';
  return /日$/.test(last);
}

/** The text to show for a cell: { text, converted }. */
export function cellText(item, text) {
  const date = isDateItem(item) ? spreadsheetDate(text) : null;
  if (!date) return { text: text ?? '', converted: false };
  const [y, m, d] = date.split('-').map(Number);
  return { text: t('spreadsheetDate', y, m, d, text.trim()), converted: true };
}

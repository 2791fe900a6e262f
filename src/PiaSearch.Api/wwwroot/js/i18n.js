// Japanese first, English beside: every visible label has both.

const STRINGS = {
  ja: {
    skip: '結果へ移動', tagline: '特定個人情報保護評価書 変更箇所の検索', query: '検索語', search: '検索',
    help: '語はすべてを含む行を探します。「"…"」で語句、OR で「いずれか」。', filters: '絞り込み',
    from: '変更日 (から)', to: '変更日 (まで)', file: 'ファイル', municipality: '自治体', chapter: '章', timing: '提出時期',
    entityType: '名称の種類', sort: '並び順', sortRelevance: '関連度', sortNewest: '新しい順', sortOldest: '古い順',
    size: '表示件数', any: 'すべて', apiDocs: 'API リファレンス', embed: '埋め込み用ページ', admin: '文書の追加（管理者）',
    count: (total, first, last) => total === 0 ? '該当なし' : `${total.toLocaleString('ja')} 件中 ${first}–${last} 件`,
    before: '変更前', after: '変更後', item: '項目', explanation: '説明', showChange: '変更前後を比べる',
    previous: '前へ', next: '次へ', page: (n) => `${n} ページ`, noTiming: 'なし', loading: '検索中…',
    error: '検索できませんでした', entities: '名称', lang: 'English', plainText: '構文として読めなかった部分（または使えない構文）は、語として検索しました。',
    partial: '時間内に調べきれなかったため、途中までの結果です。語を増やして絞り込んでください。',
    names: '名称の変遷', slots: '記載された項目', mentions: '記載された行', timeline: '年表', firstSeen: '初出', lastSeen: '最終',
    type: { contractor: '委託先', department: '部署', statute: '法令', person: '人物', phone: '電話番号', system: 'システム', document: '書類' },
    kind: { rename: '改称', replace: '交代', assign: '決定', renumber: '番号変更', add: '追加', remove: '削除' },
    backToSearch: '← 検索へ戻る', slotColumn: '項目', fromColumn: 'から', toColumn: 'まで', successions: '変遷', municipalities: '記載のある自治体', rowsColumn: '行数',
    allRows: 'この名称を含む行をすべて見る', line: '行', stillThere: '現在も', spelling: '表記', suspectSpelling: '表記 (誤記の疑い)',
    noDates: '日付のある記載がありません', filteringBy: '名称で絞り込み中', clearFilter: '解除', wholeWord: '語として一致',
    since: (d) => `${d} 以降（最新の名称）`, mentionedFrom: '記載', mentionedUntil: '〜',
    cellDate: (label, iso) => (label ? `（${label} / ${iso}）` : `（${iso}）`), exportCsv: 'CSV で保存', exportXlsx: 'Excel (XLSX) で保存',
    exportHelp: '条件に合う行をすべて（全ページ）保存します', feed: 'Atom フィード', printView: '印刷用',
    print: '印刷する', latestName: '（最新の名称）', reportTitle: '名称の変遷 報告書', backToEntity: '← 名称のページへ戻る', generated: '作成', nameColumn: '名称',
    dateColumn: '変更日', kindColumn: '種類', changeColumn: '変更', evidenceColumn: '根拠の行',
    partialMatch: '文字列として一致', partialMatchHelp: '語としてではなく、より長い語の一部として一致しました',
    entryKind: '種類', kindChange: '変更箇所', kindSection: '評価書の記載', sectionText: '記載',
    match: { literal: '入力どおり', spelling: '表記ゆれ', abbreviation: '略称', formerName: '旧名', laterName: '後の名称', renumbered: '改正前後の番号', synonym: '同義語', fuzzy: '近い表記', words: '語順・活用違い' },
    expansionTerm: (kind, term) => `${kind}『${term}』`,
    didYouMean: (typed, name) => `${name}（「${typed}」の候補）`,
    alsoSearched: (word, terms, more) => `『${word}』の${terms.join('と')}${more > 0 ? `ほか ${more} 語` : ''}も検索しました。`,
    listSeparator: ' ', noLiteral: (q) => `『${q}』そのものを含む行はありませんでした。`,
    searchLiterally: '（字句どおりに検索）', literalOnly: '入力した語を字句どおりに検索しました。', searchExpanded: '（別の表記・旧名なども検索）',
    matchedByHelp: 'この行は入力した語ではなく、この表記で一致しました',
  },
  en: {
    skip: 'Skip to results', tagline: 'Search privacy-impact-assessment change logs', query: 'Search', search: 'Search',
    help: 'Finds rows containing every word. "…" for a phrase, OR for either.', filters: 'Filters',
    from: 'Changed from', to: 'Changed until', file: 'File', municipality: 'Municipality', chapter: 'Chapter', timing: 'Submission',
    entityType: 'Name type', sort: 'Order', sortRelevance: 'Relevance', sortNewest: 'Newest', sortOldest: 'Oldest',
    size: 'Per page', any: 'Any', apiDocs: 'API reference', embed: 'Embeddable page', admin: 'Add documents (administrators)',
    count: (total, first, last) => total === 0 ? 'No matches' : `${first}–${last} of ${total.toLocaleString('en')}`,
    before: 'Before', after: 'After', item: 'Item', explanation: 'Note', showChange: 'Compare before and after',
    previous: 'Previous', next: 'Next', page: (n) => `Page ${n}`, noTiming: 'none', loading: 'Searching…',
    error: 'The search failed', entities: 'Names', lang: '日本語', plainText: 'Syntax that was invalid or not allowed was searched as plain words.',
    partial: 'The search ran out of time: these are the results found until then. Add words to narrow it.',
    names: 'Names over time', slots: 'Items it occupied', mentions: 'Rows that mention it', timeline: 'Timeline', firstSeen: 'First', lastSeen: 'Last',
    type: { contractor: 'Contractor', department: 'Department', statute: 'Statute', person: 'Person', phone: 'Phone', system: 'System', document: 'Document' },
    kind: { rename: 'Renamed', replace: 'Replaced', assign: 'Assigned', renumber: 'Renumbered', add: 'Added', remove: 'Removed' },
    backToSearch: '← Back to search', slotColumn: 'Item', fromColumn: 'From', toColumn: 'Until', successions: 'Changes', municipalities: 'Municipalities', rowsColumn: 'Rows',
    allRows: 'See every row that mentions it', line: 'line', stillThere: 'still', spelling: 'Spelling', suspectSpelling: 'Spelling (possible typo)',
    noDates: 'No dated mentions', filteringBy: 'Filtered by name', clearFilter: 'Clear', wholeWord: 'whole word',
    since: (d) => `since ${d} (latest name)`, mentionedFrom: 'Mentioned', mentionedUntil: 'to',
    cellDate: (label, iso) => (label ? ` (${label} / ${iso})` : ` (${iso})`), exportCsv: 'Save as CSV', exportXlsx: 'Save as Excel (XLSX)',
    exportHelp: 'Saves every matching row (all pages)', feed: 'Atom feed', printView: 'Printable',
    print: 'Print', latestName: '(latest name)', reportTitle: 'Report: names over time', backToEntity: '← Back to the name', generated: 'Made', nameColumn: 'Name',
    dateColumn: 'Date', kindColumn: 'Kind', changeColumn: 'Change', evidenceColumn: 'Rows that show it',
    partialMatch: 'partial match', partialMatchHelp: 'Matched as part of a longer word, not as a word of its own',
    entryKind: 'Kind', kindChange: 'Changes', kindSection: 'Evaluation text', sectionText: 'Text',
    match: { literal: 'as typed', spelling: 'other spelling', abbreviation: 'abbreviation', formerName: 'former name', laterName: 'later name', renumbered: 'renumbered provision', synonym: 'synonym', fuzzy: 'similar spelling', words: 'words in another order' },
    expansionTerm: (kind, term) => `${kind} "${term}"`,
    didYouMean: (typed, name) => `${name} (for "${typed}")`,
    alsoSearched: (word, terms, more) => `For "${word}", also searched its ${terms.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    listSeparator: ' ', noLiteral: (q) => `No row contains "${q}" as typed.`,
    searchLiterally: '(search exactly as typed)', literalOnly: 'Searched exactly as typed.', searchExpanded: '(also search other spellings and names)',
    matchedByHelp: 'This row matched through this term, not the words as typed',
  },
};

const KEY = 'pia-lang';

export function currentLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'ja') return fromUrl;
  try { return localStorage.getItem(KEY) === 'en' ? 'en' : 'ja'; } catch { return 'ja'; }
}

export function setLanguage(lang) {
  try { localStorage.setItem(KEY, lang); } catch { /* private mode: the toggle still works for this page */ }
}

export function t(key, ...args) {
  const table = STRINGS[currentLanguage()];
  const value = key.split('.').reduce((o, k) => (o ? o[k] : undefined), table);
  if (typeof value === 'function') return value(...args);
  return value ?? key;
}

/** Applies the current language to every [data-i18n] element and to <html lang>. */
export function applyLanguage(root = document) {
  document.documentElement.lang = currentLanguage();
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

/**
 * Applies the current language and labels the language button; a click on it switches the language, applies it and
 * calls `reload` (which renders the page's data again in the new language). `beforeReload` runs first when given.
 */
export function startLanguageToggle(reload, beforeReload) {
  const button = document.getElementById('lang');
  button.addEventListener('click', () => {
    setLanguage(currentLanguage() === 'ja' ? 'en' : 'ja');
    beforeReload?.();
    applyLanguage();
    button.textContent = t('lang');
    reload();
  });
  applyLanguage();
  button.textContent = t('lang');
}

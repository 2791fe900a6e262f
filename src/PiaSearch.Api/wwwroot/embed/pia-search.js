/*
 * <pia-search> — the PiaSearch search box for other sites (the intranet portal).
 *   <script src="https://pia.example/embed/pia-search.js" defer></script>
 *   <pia-search endpoint="https://pia.example" results="5" lang="ja"></pia-search>
 * Attributes: endpoint (PiaSearch base URL; default: where this script was loaded from), results (1–20, default 5),
 * lang (ja | en), latest (a query whose newest changes are shown at once, without typing: latest="委託先"). The widget lives in a Shadow DOM: the page's CSS does not reach in, and its own does not leak out.
 * Document text is only ever inserted as text. The PiaSearch server must list the page's origin in Embed:AllowedOrigins.
 */
(() => {
  'use strict';
  const scriptOrigin = document.currentScript ? new URL(document.currentScript.src, location.href).origin : location.origin;

  const TEXT = {
    ja: {
      label: '評価書の変更箇所を検索', search: '検索', none: '該当なし', more: 'すべての結果を見る', error: '検索できませんでした', count: (n) => `${n.toLocaleString('ja')} 件`,
      placeholder: '例: 委託先、情報政策課', hint: '委託先・部署・法令などの語で、特定個人情報保護評価書の変更箇所を探せます。',
      latest: (q) => `「${q}」の新しい変更`, line: '行', date: (label, iso) => (label ? `（${label} / ${iso}）` : `（${iso}）`),
      also: (terms) => `別の表記・旧名など（${terms}）も検索しました。`, noLiteral: (q) => `「${q}」そのものは見つからず、`,
      kinds: { spelling: '表記ゆれ', abbreviation: '略称', formerName: '旧名', laterName: '後の名称', renumbered: '改正前後の番号', synonym: '同義語', fuzzy: '近い表記', words: '語順・活用違い' },
    },
    en: {
      label: 'Search assessment change logs', search: 'Search', none: 'No matches', more: 'See all results', error: 'The search failed', count: (n) => `${n.toLocaleString('en')} hits`,
      placeholder: 'e.g. 委託先, 情報政策課', hint: 'Find changes in privacy-impact assessments by a contractor, department or statute.',
      latest: (q) => `Newest changes for “${q}”`, line: 'line', date: (label, iso) => (label ? ` (${label} / ${iso})` : ` (${iso})`),
      also: (terms) => `Also searched other spellings and names (${terms}).`, noLiteral: (q) => `Nothing contains “${q}” as typed. `,
      kinds: { spelling: 'other spelling', abbreviation: 'abbreviation', formerName: 'former name', laterName: 'later name', renumbered: 'renumbered provision', synonym: 'synonym', fuzzy: 'similar spelling', words: 'words in another order' },
    },
  };

  const CSS = `
    :host { all: initial; display: block; font-family: "Noto Sans JP", "Hiragino Sans", Meiryo, system-ui, sans-serif; font-size: 14px; line-height: 1.5; color: #1d2330; }
    :host([hidden]) { display: none; }
    form { display: flex; gap: 6px; }
    label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    input { flex: 1; min-width: 0; font: inherit; padding: 6px 8px; border: 1px solid #c5ccd6; border-radius: 6px; }
    button { font: inherit; background: var(--pia-accent, #0b5cad); color: #fff; border: 0; border-radius: 6px; padding: 6px 12px; cursor: pointer; }
    :focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
    p { margin: 6px 0; color: #4a5263; }
    h2 { font-size: 14px; margin: 8px 0 0; }
    input::placeholder { color: #6b7383; }
    ol { list-style: none; margin: 6px 0 0; padding: 0; }
    li { border-top: 1px solid #e3e7ee; padding: 6px 0; }
    a { color: var(--pia-accent, #0b5cad); text-decoration: none; }
    a:hover, a:focus { text-decoration: underline; }
    .meta { color: #4a5263; font-size: 12px; }
    .reason { font-size: 12px; background: #eef2f7; border-radius: 999px; padding: 0 6px; margin-left: 4px; }
    .snippet { overflow-wrap: anywhere; }
    .date { color: #4a5263; }
    mark { background: #fff0a6; color: inherit; }
  `;


  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  /** A highlight fragment is a list of segments {text, mark}: plain text, marked where it matched. */
  function marked(fragment) {
    return fragment.map((s) => (s.mark ? el('mark', { text: s.text }) : document.createTextNode(s.text)));
  }

  class PiaSearchElement extends HTMLElement {
    static get observedAttributes() { return ['lang', 'latest']; }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      if (this.shadowRoot.childElementCount) return;
      if ('adoptedStyleSheets' in this.shadowRoot && typeof CSSStyleSheet === 'function') {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        this.shadowRoot.adoptedStyleSheets = [sheet];
      } else {
        this.shadowRoot.append(el('style', { text: CSS }));
      }
      this.render();
    }

    attributeChangedCallback() {
      if (this.shadowRoot.childElementCount) this.render();
    }

    get endpoint() { return (this.getAttribute('endpoint') || scriptOrigin).replace(/\/+$/, ''); }
    get results() { return Math.min(20, Math.max(1, parseInt(this.getAttribute('results') || '5', 10) || 5)); }
    get text() { return TEXT[this.getAttribute('lang') === 'en' ? 'en' : 'ja']; }

    render() {
      for (const child of [...this.shadowRoot.children]) if (child.tagName !== 'STYLE') child.remove();
      const id = 'q';
      // maxlength counts UTF-16 units (an emoji is 2); the server checks 1,000 characters.
      this.input = el('input', { id, type: 'search', name: 'q', maxlength: 2000, autocomplete: 'off', part: 'input', placeholder: this.text.placeholder });
      const form = el('form', { role: 'search', part: 'form' }, el('label', { for: id, text: this.text.label }), this.input, el('button', { type: 'submit', text: this.text.search, part: 'button' }));
      form.addEventListener('submit', (event) => { event.preventDefault(); this.search(this.input.value.trim()); });
      this.status = el('p', { 'aria-live': 'polite', part: 'status', text: this.text.hint });
      this.heading = el('h2', { part: 'heading', hidden: '' });
      this.list = el('ol', { part: 'results' });
      this.shadowRoot.append(form, this.heading, this.status, this.list);
      const latest = (this.getAttribute('latest') || '').trim();
      if (latest) {
        this.heading.textContent = this.text.latest(latest);
        this.heading.removeAttribute('hidden');
        this.search(latest, 'newest');
      }
    }

    async search(q, sort) {
      this.list.replaceChildren();
      this.status.textContent = '';
      if (!q) { this.status.textContent = this.text.hint; return; }
      if (!sort) this.heading.setAttribute('hidden', '');
      const url = new URL(`${this.endpoint}/api/search`);
      url.searchParams.set('q', q);
      url.searchParams.set('size', String(this.results));
      if (sort) url.searchParams.set('sort', sort);
      try {
        const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
        const body = await response.json();
        if (!response.ok) throw new Error(body && (body.detail || body.title) || `HTTP ${response.status}`);
        this.show(body, q, sort);
      } catch (error) {
        this.status.textContent = `${this.text.error}: ${error.message}`;
      }
    }

    /** The date a cell denotes (43010 under ①実施日), as text after it: （平成29年10月2日 / 2017-10-02）; no 和暦 when the cell writes it. */
    dateNote(text, date) {
      if (!date || !date.from) return null;
      const iso = date.to && date.to !== date.from ? `${date.from}〜${date.to}` : date.from;
      const label = date.label && !/明治|大正|昭和|平成|令和/.test(text || '') ? date.label : '';
      return el('span', { class: 'date', part: 'date', text: this.text.date(label, iso) });
    }

    show(body, q, sort) {
      this.status.textContent = body.total ? this.text.count(body.total) : this.text.none;
      // Rows found through another spelling or a former name: say which words were searched, first when the words as typed found nothing.
      const expansions = body.expansions || [];
      if (expansions.length && body.total) {
        const terms = expansions.slice(0, 4).map((e) => `${this.text.kinds[e.kind] || e.kind}「${e.term}」`).join('、');
        this.status.textContent = `${body.literalTotal === 0 ? this.text.noLiteral(q) : ''}${this.status.textContent} ${this.text.also(terms)}`;
      }
      const sortPart = sort ? `&sort=${encodeURIComponent(sort)}` : '';
      for (const hit of body.hits) {
        // The item is the link; the snippet is from the change itself, never the item a second time.
        const field = hit.highlights && ['after', 'before', 'explanation'].find((f) => hit.highlights[f]);
        const fragment = field && hit.highlights[field];
        const shown = field || (hit.after ? 'after' : 'before');
        const link = el('a', { href: `${this.endpoint}/?q=${encodeURIComponent(q)}${sortPart}#row-${encodeURIComponent(hit.document)}-${hit.line}`, target: '_blank', rel: 'noopener' }, hit.item);
        const where = hit.municipality || hit.document;
        this.list.append(el('li', { part: 'hit' },
          link,
          el('div', { class: 'meta', text: [where, hit.date && hit.date.raw, `${this.text.line} ${hit.line}`].filter(Boolean).join(' · ') },
            (hit.matchedBy || []).filter((m) => m.kind !== 'literal').slice(0, 1)
              .map((m) => el('span', { class: 'reason', part: 'reason', text: `${this.text.kinds[m.kind] || m.kind}「${m.term}」` }))),
          el('div', { class: 'snippet' }, fragment ? marked(fragment[0]) : document.createTextNode(shorten(hit.after || hit.before || '')),
            this.dateNote(hit[shown], hit[`${shown}Date`]))));
      }
      if (body.total > body.hits.length) {
        this.list.append(el('li', {}, el('a', { href: `${this.endpoint}/?q=${encodeURIComponent(q)}${sortPart}`, target: '_blank', rel: 'noopener', text: this.text.more })));
      }
    }
  }

  function shorten(text) {
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  }

  if (!customElements.get('pia-search')) customElements.define('pia-search', PiaSearchElement);
})();

// The iframe page takes its language from ?lang=en, its result count from ?results=N and a query whose newest
// changes it shows without typing from ?latest=….
const params = new URLSearchParams(location.search);
const widget = document.querySelector('pia-search');
if (params.get('lang') === 'en') {
  widget.setAttribute('lang', 'en');
  document.documentElement.lang = 'en';
}
if (params.get('results')) widget.setAttribute('results', params.get('results'));
if (params.get('latest')) widget.setAttribute('latest', params.get('latest'));

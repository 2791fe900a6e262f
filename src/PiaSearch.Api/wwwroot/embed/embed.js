// The iframe page takes its language from ?lang=en and its result count from ?results=N.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('pia-search');
if (params.get('lang') === 'en') {
  widget.setAttribute('lang', 'en');
  document.documentElement.lang = 'en';
}
if (params.get('results')) widget.setAttribute('results', params.get('results'));

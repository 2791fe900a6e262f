// The administrators' upload form: sends one document to POST /api/documents with the key, shows the upload's
// progress, then that the server is reading it (a large PDF takes seconds), then what was indexed, rejected or
// warned about. Every text from the server or the document is set as text, never as markup.
import { h } from './dom.js';

const form = document.getElementById('upload');
const box = document.getElementById('progress-box');
const stage = document.getElementById('stage');
const bar = document.getElementById('progress');
const outcome = document.getElementById('outcome');
const send = document.getElementById('send');

function lines(title, list) {
  if (!list?.length) return null;
  return h('section', {},
    h('h2', { text: title }),
    h('ul', { class: 'issues' }, list.map((l) => h('li', { text: `${l.line > 0 ? `行 ${l.line} / line ${l.line}: ` : ''}${l.reason}` }))));
}

function show(status, body) {
  outcome.replaceChildren();
  if (status === 200 || status === 201) {
    const d = body.document;
    outcome.append(
      h('p', { class: 'ok', text: `${status === 201 ? '追加しました / Added' : '置き換えました / Replaced'}: ${d.id}${d.municipality ? `（${d.municipality}）` : ''} — ${d.entries.toLocaleString('ja')} 行を索引に追加 / rows indexed, ${body.rejected.length.toLocaleString('ja')} 行を除外 / rejected, 警告 / warnings ${body.warnings.toLocaleString('ja')}` }),
      lines('除外した行 / Rejected lines', body.rejected),
      lines('警告 / Warnings', body.warningLines));
    return;
  }
  const problem = body && typeof body === 'object' ? body : {};
  const errors = problem.errors ? Object.values(problem.errors).flat().map((reason) => ({ line: 0, reason })) : [];
  outcome.append(
    h('p', { class: 'error', text: `${status || ''} ${problem.title ?? '追加できませんでした / The document was not added'}`.trim() }),
    problem.detail ? h('p', { text: problem.detail }) : null,
    lines('理由 / Why', errors),
    lines('除外した行 / Rejected lines', problem.rejected));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData();
  const file = document.getElementById('file').files[0];
  if (!file) return;
  data.append('file', file, file.name);
  for (const name of ['id', 'municipality', 'evaluation']) {
    const value = document.getElementById(name).value.trim();
    if (value) data.append(name, value);
  }

  const request = new XMLHttpRequest();
  request.open('POST', '/api/documents');
  request.setRequestHeader('X-Api-Key', document.getElementById('key').value);
  request.responseType = 'json';
  request.upload.addEventListener('progress', (e) => {
    if (!e.lengthComputable) return;
    bar.value = Math.round((e.loaded / e.total) * 100);
    stage.textContent = `送信中 / Uploading: ${bar.value} %`;
  });
  request.upload.addEventListener('load', () => {
    bar.removeAttribute('value'); // indeterminate while the server reads the document
    stage.textContent = '読み取り中… / Reading the document…';
  });
  request.addEventListener('load', () => {
    box.hidden = true;
    send.disabled = false;
    show(request.status, request.response);
  });
  request.addEventListener('error', () => {
    box.hidden = true;
    send.disabled = false;
    show(0, { title: '送信できませんでした / The upload failed (network)' });
  });

  outcome.replaceChildren();
  bar.value = 0;
  stage.textContent = '送信中 / Uploading: 0 %';
  box.hidden = false;
  send.disabled = true;
  request.send(data);
});

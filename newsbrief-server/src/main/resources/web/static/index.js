'use strict';
(function () {
  const { el, clear } = window.nb;
  const $ = (id) => document.getElementById(id);
  const chosen = [];

  function showFiles() {
    const list = $('file-list');
    clear(list);
    chosen.forEach((file, index) => list.append(el('li', {}, file.name + ' (' + Math.ceil(file.size / 1024) + ' KB) ',
      el('button', { type: 'button', class: 'link', 'aria-label': 'Remove ' + file.name,
        onclick: () => { chosen.splice(index, 1); showFiles(); } }, 'remove'))));
  }

  function addFiles(files) {
    for (const file of files) chosen.push(file);
    showFiles();
  }

  function status(text, isError) {
    const box = $('create-status');
    box.textContent = text;
    box.classList.toggle('error', !!isError);
  }

  /** Says why the list could not be loaded, instead of an empty list; null clears it. */
  function listError(text) {
    const box = $('list-error');
    box.textContent = text || '';
    box.hidden = !text;
  }

  async function loadCollections() {
    const list = $('collections');
    let response;
    try {
      response = await fetch('/api/collections');
    } catch (e) {
      clear(list);
      $('empty-list').hidden = true;
      listError('The collections could not be loaded: the server could not be reached. Reload the page to try again.');
      return;
    }
    const body = await nb.json(response);
    clear(list);
    if (!response.ok || !Array.isArray(body.collections)) {
      $('empty-list').hidden = true;
      listError('The collections could not be loaded: ' + (body.error || ('HTTP ' + response.status)) + '. Reload the page to try again.');
      return;
    }
    listError(null);
    const collections = body.collections;
    $('empty-list').hidden = collections.length > 0;
    for (const c of collections) {
      list.append(el('li', {},
        el('span', {}, el('a', { href: '/collections/' + encodeURIComponent(c.id) }, c.name),
          el('span', { class: 'meta' }, ' · ' + c.articles + ' article' + (c.articles === 1 ? '' : 's') + ' · updated ' + c.updated.slice(0, 10))),
        el('button', { type: 'button', 'aria-label': 'Delete ' + c.name, onclick: () => remove(c) }, 'Delete')));
    }
  }

  async function remove(collection) {
    if (!window.confirm('Delete "' + collection.name + '" and its briefs?')) return;
    await fetch('/api/collections/' + encodeURIComponent(collection.id), { method: 'DELETE' });
    loadCollections();
  }

  function submit(event) {
    event.preventDefault();
    const form = new FormData();
    form.append('name', $('name').value);
    if ($('text').value.trim()) form.append('text', $('text').value);
    if ($('urls').value.trim()) form.append('urls', $('urls').value);
    chosen.forEach((file) => form.append('files', file, file.name));
    if (!chosen.length && !$('text').value.trim() && !$('urls').value.trim()) {
      status('Add files, paste an article or list links first.', true);
      return;
    }
    const button = $('create');
    const bar = $('create-progress');
    button.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    status('Uploading…');
    const request = new XMLHttpRequest();
    request.open('POST', '/api/collections');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        if (e.loaded === e.total) status('Reading the articles' + ($('urls').value.trim() ? ' and fetching the links' : '') + '…');
      }
    };
    request.onload = () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch (e) { body = { error: 'HTTP ' + request.status }; }
      if (request.status === 201) {
        status('Created with ' + body.articles + ' articles. Briefing…');
        window.location.assign('/collections/' + encodeURIComponent(body.id));
        return;
      }
      button.disabled = false;
      bar.hidden = true;
      const issues = (body.issues || []).map((i) => i.source + ': ' + i.message).join('; ');
      status((body.error || ('HTTP ' + request.status)) + (issues ? ' (' + issues + ')' : ''), true);
    };
    request.onerror = () => {
      button.disabled = false;
      bar.hidden = true;
      status('The server could not be reached.', true);
    };
    request.send(form);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const zone = $('drop-zone');
    const input = $('files');
    zone.addEventListener('click', () => input.click());
    zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); addFiles(e.dataTransfer.files); });
    input.addEventListener('change', () => { addFiles(input.files); input.value = ''; });
    $('create-form').addEventListener('submit', submit);
    loadCollections();
  });
})();

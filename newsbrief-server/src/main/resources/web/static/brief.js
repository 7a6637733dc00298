'use strict';
(function () {
  const { el, clear } = window.nb;
  const $ = (id) => document.getElementById(id);
  const id = decodeURIComponent(window.location.pathname.split('/').filter(Boolean)[1] || '');
  const base = '/api/collections/' + encodeURIComponent(id);
  const excerpts = new Map();
  let sourcesByNumber = new Map();

  function options() {
    return 'summarizer=' + encodeURIComponent($('summarizer').value || 'coverage') + '&words=' + encodeURIComponent($('words').value || '120');
  }

  function setProgress(text, done, total, isError) {
    $('progress-box').hidden = false;
    $('progress-text').textContent = text;
    $('progress-box').classList.toggle('error', !!isError);
    const bar = $('progress');
    bar.hidden = !!isError;
    if (total > 0) { bar.max = total; bar.value = done; } else { bar.removeAttribute('value'); }
  }

  async function load() {
    setProgress('Briefing…', 0, -1);
    for (;;) {
      let response;
      try {
        response = await fetch(base + '/brief?format=json&wait=0&' + options());
      } catch (e) {
        setProgress('The server could not be reached.', 0, 0, true);
        return;
      }
      const body = await nb.json(response);
      if (response.status === 200) {
        $('progress-box').hidden = true;
        render(body);
        return;
      }
      if (response.status !== 202) {
        setProgress(body.error || ('HTTP ' + response.status), 0, 0, true);
        return;
      }
      const stage = { queued: 'Waiting to start', analyze: 'Analysing articles', write: 'Writing the brief' }[body.stage] || 'Briefing';
      setProgress(stage + (body.total > 0 ? ' (' + body.done + ' of ' + body.total + ')' : '') + '…', body.done, body.total);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  }

  function cite(number, sentence) {
    const source = sourcesByNumber.get(number) || {};
    const button = el('button', { type: 'button', class: 'cite', 'data-source': String(number),
      'aria-label': 'Source ' + number + ': ' + (source.outlet || ''), 'aria-describedby': 'popup' }, '[' + number + ']');
    const show = () => showPopup(button, sentence);
    button.addEventListener('mouseenter', show);
    button.addEventListener('focus', show);
    button.addEventListener('click', show);
    button.addEventListener('mouseleave', hidePopup);
    button.addEventListener('blur', hidePopup);
    return button;
  }

  async function showPopup(anchor, sentence) {
    const popup = $('popup');
    const key = sentence.articleId + ':' + sentence.span.start + ':' + sentence.span.end;
    let excerpt = excerpts.get(key);
    if (!excerpt) {
      const response = await fetch(base + '/excerpt?article=' + encodeURIComponent(sentence.articleId)
        + '&start=' + sentence.span.start + '&end=' + sentence.span.end);
      excerpt = await nb.json(response);
      if (response.ok) excerpts.set(key, excerpt);
    }
    if (document.activeElement !== anchor && !anchor.matches(':hover')) return;
    clear(popup);
    if (excerpt.error) {
      popup.append(el('p', {}, excerpt.error));
    } else {
      popup.append(el('div', {}, el('span', { class: 'outlet' }, excerpt.outlet), el('span', { class: 'date' }, excerpt.published || '')));
      if (excerpt.title) popup.append(el('div', { class: 'headline' }, excerpt.title));
      popup.append(el('blockquote', {}, excerpt.before, el('mark', {}, excerpt.sentence), excerpt.after));
    }
    const box = anchor.getBoundingClientRect();
    popup.hidden = false;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8));
    popup.style.left = left + 'px';
    popup.style.top = (window.scrollY + box.bottom + 6) + 'px';
  }

  function hidePopup() {
    $('popup').hidden = true;
  }

  function citations(list) {
    const span = el('span', { class: 'citations' });
    for (const c of list || []) span.append(cite(c.source, c.sentence));
    return span;
  }

  function render(brief) {
    sourcesByNumber = new Map((brief.sources || []).map((s) => [s.number, s]));
    document.title = (brief.title || 'Brief') + ' · newsbrief';
    $('title').textContent = brief.title || 'Brief';
    const outlets = new Set((brief.sources || []).map((s) => s.outlet));
    const dates = (brief.sources || []).map((s) => s.published).filter(Boolean).sort();
    $('meta').textContent = brief.sources.length + ' articles from ' + outlets.size + ' outlet' + (outlets.size === 1 ? '' : 's')
      + (dates.length ? ', ' + dates[0] + (dates[dates.length - 1] !== dates[0] ? ' to ' + dates[dates.length - 1] : '') : '')
      + ' · ' + brief.run.config.summarizer + ', ' + brief.run.config.words + ' words';
    $('download-md').setAttribute('href', base + '/brief?format=md&download=1&' + options());
    $('download-json').setAttribute('href', base + '/brief?format=json&download=1&' + options());
    renderSummary(brief.summary || []);
    renderFigures(brief.figures || []);
    renderEntities(brief.entities || []);
    renderTimeline(brief.timeline || []);
    renderSources(brief.sources || []);
    renderIssues(brief.issues || []);
    $('content').hidden = false;
  }

  // A sentence that ends in a word (a web page's paragraph closed without a full stop) is shown with one, as
  // BriefSentence.displayText does for the Markdown and HTML briefs.
  function shown(text) {
    return /[\p{L}\p{N}]["')\]\u201d\u2019]*$/u.test(text) ? text + '.' : text;
  }

  function renderSummary(summary) {
    const box = $('summary');
    clear(box);
    for (const sentence of summary) box.append(el('p', {}, shown(sentence.text), ' ', citations(sentence.citations)));
    if (!summary.length) box.append(el('p', {}, 'No summary: the articles had no usable sentences.'));
  }

  function renderFigures(figures) {
    $('figures-section').hidden = figures.length === 0;
    const body = $('figures').tBodies[0];
    clear(body);
    for (const figure of figures) {
      const values = el('ul');
      for (const value of figure.values) {
        const source = sourcesByNumber.get(value.citation.source) || {};
        values.append(el('li', {}, value.text + ' ', el('span', { class: 'meta' }, '(' + (source.outlet || '') + (value.window ? ', ' + value.window : '') + ')'),
          cite(value.citation.source, value.citation.sentence)));
      }
      const agreement = (figure.agreement || '').toLowerCase();
      const label = { conflict: 'Conflict', agree: 'Agree', compatible: 'Compatible', one_source: 'One source', changed: 'Changed over time' }[agreement] || agreement;
      const verdict = el('td', {}, el('span', { class: 'badge ' + agreement }, label));
      for (const conflict of figure.conflicts || []) {
        const sides = conflict.values.map(index => figure.values[index]).filter(Boolean)
          .map(value => value.text + ' [' + value.citation.source + ']');
        verdict.append(el('p', { class: 'meta' }, sides.join(' vs ') + (conflict.window ? ' (' + conflict.window + ')' : '')));
      }
      const earlier = (figure.earlier || []).map(index => figure.values[index]).filter(Boolean)
        .map(value => value.text + ' [' + value.citation.source + ']');
      if (agreement === 'changed' && earlier.length) verdict.append(el('p', { class: 'meta' }, 'earlier ' + [...new Set(earlier)].join(', ')));
      body.append(el('tr', { class: agreement }, el('th', { scope: 'row' }, figure.what), el('td', {}, values), verdict));
    }
  }

  function renderEntities(entities) {
    $('entities-section').hidden = entities.length === 0;
    const list = $('entities');
    clear(list);
    for (const entity of entities) {
      const others = entity.variants.filter((v) => v !== entity.name);
      list.append(el('li', {}, el('strong', {}, entity.name), el('span', { class: 'type' }, entity.type.toLowerCase()),
        others.length ? el('div', { class: 'variants' }, 'also spelled ' + others.join(', ')) : null,
        el('div', { class: 'meta' }, entity.outlets + ' outlet' + (entity.outlets === 1 ? '' : 's') + ', sources ' + entity.sources.join(', '))));
    }
  }

  function renderTimeline(entries) {
    $('timeline-section').hidden = entries.length === 0;
    const list = $('timeline');
    clear(list);
    entries.forEach((entry, index) => {
      list.append(el('li', { id: 'event-' + (index + 1) }, el('time', { datetime: entry.start },
        el('span', { class: 'number' }, (index + 1) + '. '), entry.date + (entry.inferred ? ' (year inferred)' : '')),
        el('span', {}, entry.text, ' ', citations(entry.citations))));
    });
    drawAxis(entries);
  }

  function drawAxis(entries) {
    const box = $('timeline-axis');
    clear(box);
    if (!entries.length) return;
    const NS = 'http://www.w3.org/2000/svg';
    const svgEl = (tag, attrs, text) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const day = (iso) => Date.parse(iso + 'T00:00:00Z') / 86400000;
    const starts = entries.map((e) => day(e.start));
    const ends = entries.map((e) => day(e.end));
    const min = Math.min(...starts), max = Math.max(...ends);
    const width = 1000, height = 130, pad = 40, y = 84;
    const x = (d) => pad + (max === min ? (width - 2 * pad) / 2 : (d - min) / (max - min) * (width - 2 * pad));
    const svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': 'Timeline from ' + entries[0].date + ' to ' + entries[entries.length - 1].date });
    svg.append(svgEl('line', { class: 'axis', x1: pad, y1: y, x2: width - pad, y2: y }));
    const ticks = axisTicks(min, max);
    for (const tick of ticks) {
      svg.append(svgEl('line', { class: 'axis', x1: x(tick.day), y1: y - 5, x2: x(tick.day), y2: y + 5 }));
      svg.append(svgEl('text', { x: x(tick.day), y: y + 24, 'text-anchor': 'middle' }, tick.label));
    }
    const lastX = [-Infinity, -Infinity, -Infinity];
    entries.forEach((entry, index) => {
      const x1 = x(day(entry.start)), x2 = x(day(entry.end));
      const group = svgEl('g', {});
      group.append(svgEl('title', {}, (index + 1) + '. ' + entry.date + ': ' + entry.text));
      if (x2 - x1 > 4) group.append(svgEl('rect', { class: 'point', x: x1, y: y - 4, width: x2 - x1, height: 8, rx: 3, opacity: .45 }));
      group.append(svgEl('circle', { class: 'point', cx: x1, cy: y, r: 6 }));
      let row = lastX.findIndex((last) => x1 - last >= 22);
      if (row < 0) row = lastX.indexOf(Math.min(...lastX));
      lastX[row] = x1;
      group.append(svgEl('text', { x: x1, y: y - 14 - row * 16, 'text-anchor': 'middle', class: 'number' }, String(index + 1)));
      svg.append(group);
    });
    box.append(svg);
  }

  function axisTicks(min, max) {
    const date = (d) => new Date(d * 86400000);
    const span = max - min;
    const ticks = [];
    const first = date(min);
    if (span > 3 * 365) {
      for (let year = first.getUTCFullYear() + 1; Date.UTC(year, 0, 1) / 86400000 <= max; year++) {
        ticks.push({ day: Date.UTC(year, 0, 1) / 86400000, label: String(year) });
      }
    } else if (span > 62) {
      for (let m = first.getUTCMonth() + 1, y = first.getUTCFullYear(); ; m++) {
        const d = Date.UTC(y, m, 1) / 86400000;
        if (d > max) break;
        const at = date(d);
        ticks.push({ day: d, label: at.getUTCFullYear() + '-' + String(at.getUTCMonth() + 1).padStart(2, '0') });
      }
    } else {
      const step = span > 21 ? 7 : 1;
      for (let d = Math.ceil(min); d <= max; d += step) ticks.push({ day: d, label: date(d).toISOString().slice(5, 10) });
    }
    const every = Math.ceil(ticks.length / 12);
    return ticks.filter((_, i) => i % every === 0);
  }

  function renderSources(sources) {
    const list = $('sources');
    clear(list);
    for (const source of sources) {
      const title = source.title || source.origin;
      list.append(el('li', { value: String(source.number) }, el('span', { class: 'outlet' }, source.outlet + ' · '),
        nb.safeHref(source.url) ? el('a', { href: source.url, rel: 'noopener noreferrer' }, title) : title,
        source.published ? el('span', { class: 'date' }, ' · ' + source.published) : null));
    }
  }

  function renderIssues(issues) {
    $('issues-section').hidden = issues.length === 0;
    const list = $('issues');
    clear(list);
    for (const issue of issues) list.append(el('li', {}, issue.severity.toLowerCase() + ' · ' + issue.source + ': ' + issue.message));
  }

  async function loadSummarizers() {
    const response = await fetch('/api/summarizers');
    const body = await nb.json(response);
    const select = $('summarizer');
    for (const s of body.summarizers || []) select.append(el('option', { value: s.name, title: s.description }, s.name));
    select.value = body.default || 'coverage';
  }

  document.addEventListener('DOMContentLoaded', async () => {
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hidePopup(); });
    $('options').addEventListener('submit', (e) => { e.preventDefault(); $('content').hidden = true; load(); });
    await loadSummarizers();
    load();
  });
})();

'use strict';
/* Small DOM helpers shared by the pages. Text always goes in as text nodes, never as markup,
   and links only ever point at http(s) addresses or the application's own paths. */
window.nb = {
  el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'href') { const safe = nb.safeHref(value); if (safe) node.setAttribute('href', safe); }
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  },
  safeHref(value) {
    if (typeof value !== 'string') return null;
    if (value.startsWith('/') && !value.startsWith('//')) return value;
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  },
  async json(response) {
    try { return await response.json(); } catch (e) { return { error: 'HTTP ' + response.status }; }
  },
  clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
};

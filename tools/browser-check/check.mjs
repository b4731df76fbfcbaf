// Opens each file in headless Chromium and prints one JSON line per file: whether it loaded as the document it claims to
// be, every request other than the file itself, page errors, console errors, dialogs, whether a planted script ran, and
// what active content the DOM holds. Saves a full-page screenshot of each into the folder given first.
import { chromium } from 'playwright-core';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [screenshots, ...files] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const file of files) {
    const url = pathToFileURL(resolve(file)).href;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests = [], failed = [], errors = [], dialogs = [];
    page.on('request', r => { if (r.url() !== url) requests.push(r.url()); });
    page.on('requestfailed', r => failed.push(r.url()));
    page.on('pageerror', e => errors.push(String(e.message ?? e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('dialog', d => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(100);
    const facts = await page.evaluate(() => {
      const root = document.documentElement;
      const svg = document.querySelector('svg');
      const box = svg ? svg.getBoundingClientRect() : null;
      const all = [...document.querySelectorAll('*')];
      return {
        root: root.localName,
        parseError: !!document.querySelector('parsererror'),
        pwned: !!window.__journeykitPwned,
        active: all.filter(e => ['script', 'iframe', 'object', 'embed', 'foreignobject', 'a', 'img', 'image', 'use', 'link'].includes(e.localName.toLowerCase())).map(e => e.localName),
        handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.toLowerCase().startsWith('on') || /href$/i.test(a.name)).map(a => `${e.localName}@${a.name}`)),
        text: root.textContent,
        // Each line of right-to-left text ending in punctuation: does the punctuation show at its left end, as it reads
        // in its own direction, and does the line still start where the layout put it?
        rtl: [...document.querySelectorAll('text, tspan')]
          .filter(e => !e.querySelector('tspan') && /[\u0590-\u08FF]/.test(e.textContent) && /[!?.؟]\u2069?$/.test(e.textContent))
          .map(e => {
            const s = e.textContent;
            const first = s.search(/[\u0590-\u08FF]/);
            const last = s.endsWith('\u2069') ? s.length - 2 : s.length - 1;
            const box = e.getBBox();
            const x = parseFloat(e.getAttribute('x') ?? e.parentElement.getAttribute('x'));
            return { text: s, inOrder: e.getStartPositionOfChar(last).x < e.getStartPositionOfChar(first).x, inPlace: box.x >= x - 1 };
          }),
        // Text that spills out of its box, measured with the browser's own fonts and text metrics: a line of SVG text
        // past the card or stage it starts in, past the picture, or over another line of free text in the same group;
        // an HTML heading, paragraph or table cell wider than its box.
        overflows: (() => {
          const found = [];
          for (const svgRoot of document.querySelectorAll('svg')) {
            const width = svgRoot.viewBox.baseVal?.width || svgRoot.getBBox().width;
            const lines = [...svgRoot.querySelectorAll('text')].flatMap(t => t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t])
              .filter(l => l.textContent.trim().length > 0 && l.closest('[aria-hidden="true"]') === null);
            const free = new Map();
            // The lane labels live left of the first column: the leftmost card or stage box.
            const columns = Math.min(...[...svgRoot.querySelectorAll('g[role="listitem"] > rect')].map(r => r.getBBox().x));
            for (const label of svgRoot.querySelectorAll('.lane-label')) {
              const b = label.getBBox();
              if (b.x + b.width > columns - 2) found.push({ text: label.textContent, box: 'label column', by: Math.round(b.x + b.width - columns + 2) });
            }
            for (const line of lines) {
              const b = line.getBBox();
              if (b.width === 0) continue;
              const group = line.closest('g') ?? svgRoot;
              const x = b.x + 0.5, y = b.y + b.height / 2;
              const boxes = [...group.children].filter(r => r.localName === 'rect').map(r => r.getBBox())
                .filter(r => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height);
              const card = boxes.sort((a, c) => c.width * c.height - a.width * a.height)[0];
              if (card) {
                const by = Math.max(b.x + b.width - (card.x + card.width), card.x - b.x, b.y + b.height - (card.y + card.height) - 4);
                if (by > 1) found.push({ text: line.textContent, box: 'card', by: Math.round(by) });
              } else {
                if (b.x + b.width > width + 1) found.push({ text: line.textContent, box: 'picture', by: Math.round(b.x + b.width - width) });
                if (!free.has(group)) free.set(group, []);
                free.get(group).push({ line, b });
              }
            }
            for (const group of free.values()) {
              for (let i = 0; i < group.length; i++) {
                for (let j = i + 1; j < group.length; j++) {
                  const p = group[i].b, q = group[j].b;
                  const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
                  const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
                  if (w > 1 && h > 2) found.push({ text: group[i].line.textContent + ' / ' + group[j].line.textContent, box: 'neighbour', by: Math.round(w) });
                }
              }
            }
          }
          for (const e of document.querySelectorAll('h1, h2, p, dt, dd, th, td, figcaption')) {
            if (e.closest('svg') === null && e.scrollWidth > e.clientWidth + 1) found.push({ text: e.textContent.slice(0, 80), box: e.localName, by: e.scrollWidth - e.clientWidth });
          }
          return found;
        })(),
        svgWidth: box ? Math.round(box.width) : 0,
        svgHeight: box ? Math.round(box.height) : 0,
      };
    });
    const screenshot = join(screenshots, basename(file) + '.png');
    if (facts.root === 'svg') {
      // A full-page screenshot of an SVG document never finishes in Chromium; size the window to the picture instead.
      await page.setViewportSize({ width: Math.max(100, facts.svgWidth), height: Math.min(Math.max(100, facts.svgHeight), 16000) });
      await page.screenshot({ path: screenshot });
    } else {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    console.log(JSON.stringify({ file, requests, failed, errors, dialogs, screenshot, ...facts }));
    await page.close();
  }
} finally {
  await browser.close();
}

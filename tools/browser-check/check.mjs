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

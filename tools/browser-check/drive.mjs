// Drives the web sample (samples/JourneyKit.Samples.Web) in headless Chromium as a person would: pastes a map, sees the
// picture, adds a second revision, sees the marked changes, merges two edits and picks a side in the conflict, reads a
// map of hostile labels and a page in Chinese. Prints one JSON line of what it saw, and saves screenshots as web-*.png.
// Usage: node drive.mjs <base-url> <screenshot-folder> <base.json> <ours.json> <theirs.json> <hostile.json>
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [base, screenshots, ...maps] = process.argv.slice(2);
const [original, ours, theirs, hostile] = maps.map(m => readFileSync(m, 'utf8'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const facts = { errors: [], dialogs: [], outside: [], steps: {} };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', e => facts.errors.push(String(e.message ?? e)));
  // Failed loads are recorded from the responses, where the merge's 409 (the conflicts page) is expected.
  page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) facts.errors.push(m.text()); });
  page.on('dialog', d => { facts.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('response', r => { if (r.status() >= 400 && !r.url().includes('/merge')) facts.errors.push(`${r.status()} ${r.url()}`); });
  page.on('request', r => { if (!r.url().startsWith(base)) facts.outside.push(r.url()); });
  const shot = name => page.screenshot({ path: join(screenshots, `web-${name}.png`), fullPage: true });
  const paste = async text => {
    await page.goto(`${base}/?lang=en`);
    await page.fill('#text', text);
    await Promise.all([page.waitForURL(/\/revisions\/\d+/), page.click('form[action="/revisions"] button[type=submit]')]);
    await page.waitForLoadState('load');
    return Number(new URL(page.url()).pathname.split('/').pop());
  };
  const pictureShown = () => page.$eval('.picture img', img => img.complete && img.naturalWidth > 0);

  // 1. Paste a map and see it drawn, with its findings.
  const first = await paste(original);
  facts.steps.pasted = { revision: first, title: await page.textContent('h1'), picture: await pictureShown(), findings: await page.$$eval('table.findings tbody tr', r => r.length) };
  await shot('revision');

  // 2. A second revision, and the changes marked between the two.
  const second = await paste(ours);
  await page.goto(`${base}/revisions/${first}?lang=en`);
  await page.selectOption('#to', String(second));
  await Promise.all([page.waitForURL(/\/changes\//), page.click('form[action="/changes"] button[type=submit]')]);
  const frame = page.frameLocator('iframe');
  await frame.locator('body').waitFor();
  facts.steps.changes = { changelog: await page.textContent('pre.changelog'), visual: await frame.locator('body').innerText() };
  await shot('changes');

  // 3. Their edit of the same base, merged with ours: a conflict, and the person picks their side.
  const third = await paste(theirs);
  await page.goto(`${base}/?lang=en`);
  await page.selectOption('#base', String(first));
  await page.selectOption('#ours', String(second));
  await page.selectOption('#theirs', String(third));
  await Promise.all([page.waitForURL(/\/merge$/), page.click('form[action="/merge"] button[type=submit]')]);
  facts.steps.conflict = { conflicts: await page.$$eval('fieldset.conflict', f => f.length), text: await page.textContent('main') };
  await shot('merge-conflict');
  await page.check('fieldset.conflict input[value=theirs]');
  await Promise.all([page.waitForURL(/\/revisions\/\d+/), page.click('form.conflicts button[type=submit]')]);
  facts.steps.merged = { url: page.url(), text: await page.textContent('main') };
  await shot('merged');

  // 4. Hostile labels are text, and nothing of them runs.
  await paste(hostile);
  await page.waitForTimeout(200);
  facts.steps.hostile = {
    title: await page.textContent('h1'),
    pwned: await page.evaluate(() => window.__journeykitPwned !== undefined),
    picture: await pictureShown(),
    scripts: await page.$$eval('script', s => s.length),
    handlers: await page.$$eval('*', all => all.flatMap(e => [...e.attributes].filter(a => a.name.toLowerCase().startsWith('on')).map(a => `${e.localName}@${a.name}`))),
  };
  await shot('hostile');

  // 5. The page and the picture in the person's language.
  await page.goto(`${base}/revisions/${first}?lang=zh-Hans`);
  facts.steps.chinese = { lang: await page.getAttribute('html', 'lang'), headings: await page.$$eval('h2', h => h.map(e => e.textContent)), picture: await pictureShown() };
  await shot('zh-hans');

  facts.pwned = await page.evaluate(() => window.__journeykitPwned !== undefined);
} finally {
  await browser.close();
}
console.log(JSON.stringify(facts));

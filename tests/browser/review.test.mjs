// The review page in a real browser: Debian's chromium, headless, driven by
// playwright-core (no browser download: executablePath is the system one).
//
// Environment: FINSAM_BIN (the finsam-extract binary), FINSAM_FIXTURE (a
// PDF to review). Exits 77 (CTest: skipped) with a message when node's
// playwright-core (scripts/setup runs `npm ci` here) or chromium is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const CHROMIUM = process.env.FINSAM_CHROMIUM || '/usr/bin/chromium';
const BIN = process.env.FINSAM_BIN;
const FIXTURE = process.env.FINSAM_FIXTURE;

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('SKIP: playwright-core is not installed (run `npm ci` in ' +
              'tests/browser, as scripts/setup does)');
  process.exit(77);
}
if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} not found (scripts/setup installs chromium)`);
  process.exit(77);
}
if (!BIN || !FIXTURE) {
  console.log('SKIP: FINSAM_BIN and FINSAM_FIXTURE must be set (CTest does)');
  process.exit(77);
}

// Share of pixels that differ from the most common colour, read from the
// PNG's own pixel rows (8-bit RGB or RGBA, filters undone).
function inkShare(png) {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  let offset = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth');
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, `colour type ${data[9]}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0
        ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += channels) {
    const key = pixels.readUIntBE(i, 3);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const most = Math.max(...counts.values());
  return 1 - most / (width * height);
}

test('review page loads in chromium, draws, and links key figures to pages',
  async () => {
    const work = mkdtempSync(join(tmpdir(), 'finsam-review-'));
    try {
      const out = join(work, 'review');
      // A high threshold flags the OCR'd words too, so that keyboard
      // navigation has something to step through.
      const made = spawnSync(BIN, ['review', FIXTURE, '-o', out,
                                   '--low-confidence', '0.99'],
                             { encoding: 'utf8' });
      assert.equal(made.status, 0, made.stderr);
      const index = join(out, 'index.html');
      assert.ok(existsSync(index));

      const context = await chromium.launchPersistentContext(
        join(work, 'profile'), {
          executablePath: CHROMIUM,
          headless: true,
          viewport: { width: 1366, height: 768 },
          args: ['--headless', '--no-sandbox', '--disable-gpu',
                 '--disable-quic', '--no-first-run',
                 '--disable-background-networking',
                 '--disable-component-update', '--disable-sync'],
        });
      try {
        const page = context.pages()[0] || await context.newPage();
        const problems = [];
        const requests = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('request', (r) => {
          if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) {
            requests.push(r.url());
          }
        });
        await page.goto(pathToFileURL(index).href);
        await page.waitForSelector('body[data-ready="1"]');

        const shot = await page.screenshot();
        const ink = inkShare(shot);
        assert.ok(ink > 0.02, `screenshot looks blank (${ink} inked)`);

        // A key figure's value: clicking it brings its page into view.
        const link = page.locator('#key-figures a.goto').first();
        const href = await link.getAttribute('href');
        assert.match(href, /^#p\d+(-l\d+)?$/);
        const pageId = href.slice(1).split('-')[0];
        const before = await page.evaluate((id) =>
          document.getElementById(id).getBoundingClientRect().top, pageId);
        assert.ok(before > 768, 'the page starts out of view');
        await link.click();
        await page.waitForFunction((h) => location.hash === h, href);
        const inView = await page.evaluate((target) => {
          const el = document.getElementById(target);
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        }, href.slice(1));
        assert.ok(inView, `${href} is not in view after the click`);

        // Keyboard: n and p step through the flagged items, each brought
        // into view; the kind boxes in the header narrow the steps.
        const flags = await page.locator('.flag').count();
        assert.ok(flags > 0, 'nothing flagged on the page');
        assert.equal(Number(await page.textContent('#flagcount')), flags);
        await page.keyboard.press('n');
        await page.keyboard.press('n');
        assert.equal(await page.textContent('#flagpos'), '2');
        await page.keyboard.press('p');
        assert.equal(await page.textContent('#flagpos'), '1');
        const current = page.locator('.flag.current');
        assert.equal(await current.count(), 1);
        assert.ok(await current.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        }), 'the current flagged item is not in view');
        const lowconf = await page.locator('mark.lowconf.flag').count();
        assert.ok(lowconf > 0, 'no low-confidence word at threshold 0.99');
        await page.uncheck('input[data-kind="lowconf"]');
        assert.equal(Number(await page.textContent('#flagcount')),
                     flags - lowconf);
        assert.deepEqual(problems, []);
        assert.deepEqual(requests, [], 'the page fetched from the network');
      } finally {
        await context.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

// The page's script per animation frame from a Chrome trace, as wall time and as the main thread's own
// CPU time (each FunctionCall's tdur). Under SwiftShader the two differ: the GPU process's threads
// take the cores, and the script waits for a core without doing more work.
// usage: node script-cpu.mjs URL [--click TEXT] [--warmup S] [--seconds S] [--size WxH]   (PERF_GL=off: no GPU)
// prints JSON: frames, scriptWallMsPerFrame, scriptCpuMsPerFrame. Needs playwright-core (the frame-cost tool's).
import { chromium } from 'playwright-core';
import fs from 'fs';
import os from 'os';
import path from 'path';

const args = process.argv.slice(2);
const url = args.shift();
let click = null, warmup = 6, seconds = 4, size = '1600x1000';
while (args.length) {
  const a = args.shift();
  if (a === '--click') click = args.shift();
  else if (a === '--warmup') warmup = Number(args.shift());
  else if (a === '--seconds') seconds = Number(args.shift());
  else if (a === '--size') size = args.shift();
  else { console.error(`script-cpu: unknown option '${a}'`); process.exit(2); }
}
const [width, height] = size.split('x').map(Number);
const off = process.env.PERF_GL === 'off';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader',
         ...(off ? ['--disable-gpu'] : ['--use-angle=swiftshader', '--ignore-gpu-blocklist'])] });
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'script-cpu-')), 'trace.json');
try {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  if (click) await page.getByText(click, { exact: true }).first().click();
  await page.waitForTimeout(warmup * 1000);
  await browser.startTracing(page, { path: file, categories: ['devtools.timeline'] });
  await page.waitForTimeout(seconds * 1000);
  await browser.stopTracing();
  const trace = JSON.parse(fs.readFileSync(file, 'utf8'));
  const events = trace.traceEvents || trace;
  const frames = events.filter(e => e.name === 'FireAnimationFrame').length;
  let wall = 0, cpu = 0;
  for (const e of events) {
    if (e.name === 'FunctionCall' && e.ph === 'X') { wall += e.dur || 0; cpu += e.tdur || 0; }
  }
  console.log(JSON.stringify({ frames, scriptWallMsPerFrame: frames ? wall / 1000 / frames : null,
    scriptCpuMsPerFrame: frames ? cpu / 1000 / frames : null }));
} finally {
  await browser.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

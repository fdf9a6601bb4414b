import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4191/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
for (const [w,h] of [[1024,768],[1920,1080]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'en-GB' });
  const page = await ctx.newPage();
  await page.goto(base);
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Present' }).click();
  await page.waitForTimeout(2500);
  const m = await page.evaluate(() => { const f = document.querySelector('[data-testid="map"]')!.getBoundingClientRect(); return { h: Math.round(f.height), share: +(f.height/innerHeight).toFixed(2) }; });
  console.log('present', w, h, JSON.stringify(m));
  await page.screenshot({ path: `/tmp/s7/present-${w}x${h}.png` });
  await ctx.close();
}
for (const [w,h] of [] as number[][]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'en-GB' });
  const page = await ctx.newPage();
  await page.goto(base + 'embed.html?year=2013&country=FRA');
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  console.log('embed', w, h, await page.evaluate(() => document.documentElement.scrollWidth));
  await page.screenshot({ path: `/tmp/s7/embed-${w}x${h}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();

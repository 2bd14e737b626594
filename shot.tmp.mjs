import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4321/search/?q=%E9%99%A2%E5%A3%AB%E6%B8%AF');
await page.waitForTimeout(800);
await page.goto('http://127.0.0.1:4321/sources/2021-licang-14th-five-year-plan/?hl=%E9%99%A2%E5%A3%AB%E6%B8%AF#p13');
console.log(await page.evaluate(() => document.querySelectorAll('mark.search-hit').length), page.url());
await browser.close();

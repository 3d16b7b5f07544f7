// End-to-end: the built app in Debian's Chromium (playwright-core, no browser
// download) against the web server over the small test graph.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuilt } from '../../web/server/build.js';
import { startServer, type RunningServer } from '../../web/server/index.js';
import { chromiumPath } from '../helpers/env.js';
import { smallGraph, XSS_NAME } from './fixtures.js';
import { CHROMIUM_ARGS } from './browser.js';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)('web client in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt({ quiet: true });
    const graph = smallGraph();
    // No store given: the server opens the embedded Cypher store over the graph, as `kg serve` does.
    server = await startServer({ graph, port: 0 });
    base = `http://127.0.0.1:${server.port}/`;
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function waitReady(): Promise<void> {
    await page.waitForFunction(() => Boolean((window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready), undefined, { timeout: 30_000 });
    // Stop the layout so that nodes stay where the test clicks.
    await page.evaluate(() => (window as unknown as { __kg: { actions: { stopLayout: () => void } } }).__kg.actions.stopLayout());
  }

  /** Where a node is on the page, from sigma's own coordinates. */
  async function nodePosition(key: string): Promise<{ x: number; y: number }> {
    return page.evaluate((nodeKey) => {
      const kg = (window as unknown as { __kg: { renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number }; getGraph(): { getNodeAttributes(k: string): { x: number; y: number } } } } }).__kg;
      const attrs = kg.renderer.getGraph().getNodeAttributes(nodeKey);
      const viewport = kg.renderer.graphToViewport({ x: attrs.x, y: attrs.y });
      const box = document.getElementById('sigma')!.getBoundingClientRect();
      return { x: box.left + viewport.x, y: box.top + viewport.y };
    }, key);
  }

  /** Pixels of a PNG that are not near-white, counted in the page (no image library needed). */
  async function colouredPixels(png: Buffer): Promise<number> {
    return page.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) count++;
      return count;
    }, `data:image/png;base64,${png.toString('base64')}`);
  }

  it('loads with no console errors and draws the graph', async () => {
    await page.goto(base);
    await waitReady();
    const count = page.getByTestId('node-count');
    const expectedNodes = smallGraph().filterNodes((_n, a) => a.kind !== 'Paragraph' && a.kind !== 'Date').length;
    await expect.poll(() => count.textContent()).toContain(`${expectedNodes} nodes`);
    // The screenshot of the graph area is not blank: count pixels that differ from the background.
    await page.waitForTimeout(300);
    const shot = await page.locator('#sigma').screenshot();
    const coloured = await colouredPixels(shot);
    expect(coloured).toBeGreaterThan(200);
    expect(consoleErrors).toEqual([]);
  });

  it('clicking a resolution shows its provenance paragraph with the phrase highlighted', async () => {
    const { x, y } = await nodePosition('Resolution:A/RES/78/132');
    await page.mouse.click(x, y);
    const panel = page.locator('#panel');
    await expect.poll(() => panel.getByTestId('panel-title').textContent()).toBe('A/RES/78/132');
    const recallsGroup = panel.locator('details.group', { hasText: 'RECALLS' }).first();
    await expect.poll(() => recallsGroup.locator('blockquote.paragraph').first().textContent()).toContain('Recalling its resolution 70/125 of 16 December 2015');
    expect(await recallsGroup.locator('mark').first().textContent()).toBe('its resolution 70/125 of 16 December 2015');
    expect(await recallsGroup.locator('.source .where').first().textContent()).toBe('A/RES/78/132 PP1');
    expect(await recallsGroup.locator('.source .document').first().textContent()).toContain('A_RES_78_132');
    expect(page.url()).toContain('node=Resolution');
  });

  it('a search focuses the node', async () => {
    const cameraBefore = await page.evaluate(() => (window as unknown as { __kg: { renderer: { getCamera(): { getState(): object } } } }).__kg.renderer.getCamera().getState());
    await page.getByTestId('search').fill('ITU');
    await expect.poll(() => page.getByTestId('search-hits').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.locator('#panel').getByTestId('panel-title').textContent()).toBe('International Telecommunication Union');
    await page.waitForTimeout(700);
    const cameraAfter = await page.evaluate(() => (window as unknown as { __kg: { renderer: { getCamera(): { getState(): object } } } }).__kg.renderer.getCamera().getState());
    expect(cameraAfter).not.toEqual(cameraBefore);
    // The focused node is near the middle of the graph area.
    const at = await nodePosition('Organization:International Telecommunication Union');
    const box = (await page.locator('#sigma').boundingBox())!;
    expect(Math.abs(at.x - (box.x + box.width / 2))).toBeLessThan(box.width / 4);
    expect(Math.abs(at.y - (box.y + box.height / 2))).toBeLessThan(box.height / 4);
  });

  it('filters, the ego network and the timeline change what is drawn', async () => {
    const count = page.getByTestId('node-count');
    const shown = async (): Promise<number> => Number(await count.getAttribute('data-nodes'));
    const all = await shown();
    const organizations = smallGraph().filterNodes((_n, a) => a.kind === 'Organization').length;
    await page.getByTestId('kind-filter').getByLabel('Organization').uncheck();
    await expect.poll(shown).toBe(all - organizations);
    expect(page.url()).toContain('hide=Organization');
    await page.getByTestId('kind-filter').getByLabel('Organization').check();
    await expect.poll(shown).toBe(all);
    // Ego network of A/RES/70/125: itself and the two resolutions it is linked to.
    await page.evaluate(() => (window as unknown as { __kg: { actions: { openNode: (k: string) => void } } }).__kg.actions.openNode('Resolution:A/RES/70/125'));
    await page.locator('#panel').getByRole('button', { name: 'Ego network' }).click();
    await expect.poll(shown).toBe(3);
    await page.locator('#panel').getByRole('button', { name: 'Show all' }).click();
    await expect.poll(shown).toBe(all);
    await page.getByTestId('timeline').check();
    await expect.poll(() => page.locator('#axis .tick').count()).toBeGreaterThan(1);
    const ticks = (await page.locator('#axis .tick').allTextContents()).map(Number);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    await page.getByTestId('timeline').uncheck();
    await expect.poll(() => page.locator('#axis').isHidden()).toBe(true);
  });

  async function runCypher(query: string): Promise<void> {
    // Focus rather than click: an open completion list may cover the editor.
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(query);
    await page.getByTestId('run-query').click();
  }

  it('a Cypher query shows rows', async () => {
    await page.getByTestId('toggle-console').click();
    await runCypher('MATCH (r:Resolution) RETURN r.symbol AS symbol ORDER BY symbol');
    const table = page.getByTestId('result-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    expect(await table.locator('tbody').textContent()).toContain('A/RES/70/125');
    expect(await page.getByTestId('query-error').isHidden()).toBe(true);
  });

  it('a write query and a broken query show clear errors', async () => {
    await runCypher("CREATE (n:Resolution {symbol: 'X'}) RETURN n");
    const error = page.getByTestId('query-error');
    await expect.poll(() => error.textContent()).toMatch(/read-only/i);
    expect(await error.isVisible()).toBe(true);
    await runCypher('MATCH (n RETURN n');
    // The parser's message says what it expected and where.
    await expect.poll(() => error.textContent()).toMatch(/Invalid input.*line 1, column/);
    expect(await page.getByTestId('result-table').count()).toBe(0);
  });

  it('completes labels from the schema and draws rows with nodes as a graph', async () => {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n:Reso');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete').textContent()).toContain('Resolution');
    await page.keyboard.press('Escape');
    await runCypher('MATCH (r:Resolution)-[c:RECALLS]->(t:Resolution) RETURN r, c, t');
    const graphTab = page.getByRole('button', { name: /^Graph \(\d+\)$/ });
    await expect.poll(() => graphTab.textContent()).toBe('Graph (3)');
    await graphTab.click();
    await expect.poll(() => page.locator('.result-graph canvas').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Table' }).click();
  });

  it('a query takes its parameters from the JSON box', async () => {
    await page.getByTestId('params').fill('{"symbol": "A/RES/70/125"}');
    await runCypher('MATCH (r:Resolution {symbol: $symbol})-[:RECALLS]->(t) RETURN t.symbol AS cited');
    await expect.poll(() => page.getByTestId('result-table').locator('tbody').textContent()).toBe('E/RES/2006/46');
    await page.getByTestId('params').fill('{}');
  });

  it('a link reproduces the view and the query', async () => {
    await runCypher('MATCH (o:Organization) RETURN o.name AS name');
    const link = page.url();
    expect(link).toContain('console=1');
    const selectedTitle = await page.locator('#panel').getByTestId('panel-title').textContent();
    expect(selectedTitle).toBeTruthy();
    const second = await browser.newPage();
    await second.goto(link);
    await second.waitForFunction(() => Boolean((window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready));
    await expect.poll(() => second.locator('.cm-content').textContent()).toContain('MATCH (o:Organization) RETURN o.name AS name');
    await expect.poll(() => second.locator('#panel').getByTestId('panel-title').textContent()).toBe(selectedTitle);
    await second.close();
  });

  it('exports the view as a PNG and the results as CSV', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const pngBytes = await readFile((await png.path())!);
    expect(png.suggestedFilename()).toBe('graph.png');
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await colouredPixels(pngBytes)).toBeGreaterThan(200);
    await runCypher('MATCH (r:Resolution) RETURN r.symbol AS symbol ORDER BY symbol');
    await expect.poll(() => page.getByTestId('result-table').locator('tbody tr').count()).toBe(3);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n').filter(Boolean)).toEqual(['symbol', 'A/RES/70/125', 'A/RES/78/132', 'E/RES/2006/46']);
  });

  it('a crafted label stays text', async () => {
    await page.getByTestId('search').fill('img');
    await expect.poll(() => page.getByTestId('search-hits').textContent()).toContain(XSS_NAME);
    await page.getByTestId('search').press('Enter');
    const title = page.locator('#panel').getByTestId('panel-title');
    await expect.poll(() => title.textContent()).toBe(XSS_NAME);
    // Its provenance paragraph holds the same text, highlighted, as text.
    await expect.poll(() => page.locator('#panel mark').first().textContent()).toBe(XSS_NAME);
    expect(await page.locator('#panel img, #search img, #console img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    // The only console errors allowed are the 400 answers the error tests asked for.
    expect(consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});

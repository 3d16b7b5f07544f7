// `npm run bench:web [-- --synthetic | --graph graph.json] [--full]`: the web client
// in headless Chromium with the graph of ../shared/corpus-ga (ingested; a saved
// graph with --graph; a synthetic graph of ~3k drawn nodes / 20k edges with
// --synthetic or when the corpus is absent), in the view the app opens with
// (the citation network when there is one) or the full view with --full. Prints time to the
// first drawn frame, frames per second while the camera pans and zooms (set by code, every
// frame drawn in full; then dragged with the mouse, as sigma draws it for a user), the
// layout's speed in its worker, and how responsive the main thread stays meanwhile.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MultiDirectedGraph } from 'graphology';
import { chromium } from 'playwright-core';
import { ensureWebBuilt } from '../../web/server/build.js';
import { startServer } from '../../web/server/index.js';
import { toCompactGraph } from '../../web/server/view-graph.js';
import { chromiumPath, repoRoot } from '../helpers/env.js';
import { syntheticGraph } from '../web/fixtures.js';
import { CHROMIUM_ARGS } from '../web/browser.js';

const corpus = resolve(repoRoot, '..', 'shared', 'corpus-ga');
const forceSynthetic = process.argv.includes('--synthetic');
const fullView = process.argv.includes('--full');
const graphFileAt = process.argv.indexOf('--graph');
const graphFile = graphFileAt > 0 ? process.argv[graphFileAt + 1] : undefined;
const executablePath = chromiumPath();
if (!executablePath) {
  console.log('bench:web skipped: no Chromium (apt-get install chromium)');
  process.exit(0);
}

async function benchGraph(): Promise<{ graph: MultiDirectedGraph; source: string }> {
  if (graphFile) {
    const { readGraphFile } = await import('../../cli/commands/serve.js');
    return { graph: await readGraphFile(graphFile), source: graphFile };
  }
  if (!forceSynthetic && existsSync(corpus)) {
    const { ingestPaths } = await import('../../ingest/index.js');
    const t0 = performance.now();
    const result = await ingestPaths([corpus]);
    console.log(`ingested ${corpus} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${result.errors.length} file errors)`);
    return { graph: result.graph as unknown as MultiDirectedGraph, source: 'corpus-ga' };
  }
  return { graph: syntheticGraph(), source: 'synthetic' };
}

const { graph, source } = await benchGraph();
const compact = toCompactGraph(graph);
await ensureWebBuilt({ quiet: true });
const server = await startServer({ graph, port: 0 });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
// tsx (esbuild keepNames) wraps named functions in __name(); the functions passed to page.evaluate need it in the page too.
await page.addInitScript('window.__name = (fn) => fn;');

type KgWindow = Window & { __kg: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- page-side handle, typed by use

try {
  await page.goto(`http://127.0.0.1:${server.port}/${fullView ? '#view=full' : ''}`);
  await page.waitForFunction(() => Boolean((window as unknown as KgWindow).__kg?.ready), undefined, { timeout: 60_000 });
  const firstFrameMs = await page.evaluate(() => (window as unknown as KgWindow).__kg.timings.firstFrame as Promise<number>);
  const drawn = await page.evaluate(() => {
    const kg = (window as unknown as KgWindow).__kg;
    const fetchEntry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/graph')) as PerformanceResourceTiming | undefined;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const count = document.getElementById('node-count')?.textContent ?? '';
    return {
      view: kg.stores.filtersStore.get().view as string,
      shown: count,
      nodes: kg.graph.order as number,
      edges: kg.graph.size as number,
      sigmaNodes: kg.renderer.getGraph().order as number,
      sigmaEdges: kg.renderer.getGraph().size as number,
      scriptsReadyMs: Math.round(nav?.domContentLoadedEventEnd ?? 0),
      graphFetchMs: Math.round(fetchEntry ? fetchEntry.responseEnd - fetchEntry.startTime : 0),
      graphBytes: fetchEntry?.encodedBodySize ?? 0,
      graphBuiltMs: Math.round(kg.timings.graphBuilt as number),
    };
  });

  // Layout in the worker, while the main thread is probed: long tasks and timer lateness.
  const layout = await page.evaluate(async () => {
    const kg = (window as unknown as KgWindow).__kg;
    kg.actions.stopLayout();
    await new Promise((r) => setTimeout(r, 300));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ entryTypes: ['longtask'] });
    let maxTimerLateness = 0;
    let frames = 0;
    let measuring = true;
    const probe = (): void => {
      const due = performance.now() + 20;
      setTimeout(() => {
        maxTimerLateness = Math.max(maxTimerLateness, performance.now() - due);
        if (measuring) probe();
      }, 20);
    };
    const countFrames = (): void => {
      frames++;
      if (measuring) requestAnimationFrame(countFrames);
    };
    const runMs = 5_000;
    const t0 = performance.now();
    kg.actions.startLayout();
    probe();
    requestAnimationFrame(countFrames);
    await new Promise((r) => setTimeout(r, runMs));
    const steps = kg.stores.layoutStore.get().steps as number;
    kg.actions.stopLayout();
    measuring = false;
    const elapsed = performance.now() - t0;
    observer.disconnect();
    return {
      steps,
      elapsedMs: elapsed,
      msPerStep: elapsed / Math.max(1, steps),
      fpsDuringLayout: (frames * 1000) / elapsed,
      maxLongTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      longTasks: longTasks.length,
      maxTimerLatenessMs: maxTimerLateness,
    };
  });

  // Camera animation: pan and zoom every frame for 4 s, counting frames and sigma renders.
  const camera = await page.evaluate(async () => {
    const kg = (window as unknown as KgWindow).__kg;
    const renderer = kg.renderer;
    const cam = renderer.getCamera();
    let renders = 0;
    const onRender = (): void => void renders++;
    renderer.on('afterRender', onRender);
    const durations: number[] = [];
    let frames = 0;
    const runMs = 4_000;
    const t0 = performance.now();
    let last = t0;
    await new Promise<void>((resolve) => {
      const step = (now: number): void => {
        frames++;
        durations.push(now - last);
        last = now;
        const t = (now - t0) / 1000;
        cam.setState({ x: 0.5 + 0.25 * Math.sin(t * 1.3), y: 0.5 + 0.25 * Math.cos(t * 0.9), ratio: 0.35 + 0.3 * (1 + Math.sin(t * 0.7)), angle: 0 });
        if (now - t0 < runMs) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    renderer.off('afterRender', onRender);
    const elapsed = performance.now() - t0;
    durations.sort((a, b) => a - b);
    return { fps: (frames * 1000) / elapsed, rendersPerSecond: (renders * 1000) / elapsed, p95FrameMs: durations[Math.floor(durations.length * 0.95)] ?? 0 };
  });

  // The same through the mouse, as a user pans: sigma knows the camera moves and, on a big
  // graph, draws only the nodes meanwhile (hideEdgesOnMove, hideLabelsOnMove).
  const box = (await page.locator('#sigma').boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as KgWindow & { __pan: { frames: number; renders: number; t0: number; on: boolean } };
    const pan = (w.__pan = { frames: 0, renders: 0, t0: performance.now(), on: true });
    w.__kg.renderer.on('afterRender', () => void pan.renders++);
    const count = (): void => {
      pan.frames++;
      if (pan.on) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const dragUntil = Date.now() + 4_000;
  for (let i = 0; Date.now() < dragUntil; i++) {
    await page.mouse.move(centre.x + 200 * Math.sin(i / 10), centre.y + 120 * Math.cos(i / 13));
  }
  await page.mouse.up();
  const userPan = await page.evaluate(() => {
    const pan = (window as unknown as { __pan: { frames: number; renders: number; t0: number; on: boolean } }).__pan;
    pan.on = false;
    const elapsed = performance.now() - pan.t0;
    return { fps: (pan.frames * 1000) / elapsed, rendersPerSecond: (pan.renders * 1000) / elapsed };
  });

  // A fixed amount of JS work, to compare runs: on a shared machine the other figures move with the load.
  const calibrationMs = await page.evaluate(() => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 20_000_000; i++) x = (x + i * 7) % 1_000_003;
    return performance.now() - t0 + (x < 0 ? 1 : 0);
  });

  const results = {
    source,
    graph: { nodes: graph.order, edges: graph.size },
    drawn: { ...drawn, mergedEdges: compact.edges.length },
    firstFrameMs: Math.round(firstFrameMs),
    panZoomFps: Number(camera.fps.toFixed(1)),
    panZoomRendersPerSecond: Number(camera.rendersPerSecond.toFixed(1)),
    panZoomP95FrameMs: Number(camera.p95FrameMs.toFixed(1)),
    mouseDragFps: Number(userPan.fps.toFixed(1)),
    mouseDragRendersPerSecond: Number(userPan.rendersPerSecond.toFixed(1)),
    layoutSteps: layout.steps,
    layoutMsPerStep: Number(layout.msPerStep.toFixed(1)),
    layoutFpsOnMainThread: Number(layout.fpsDuringLayout.toFixed(1)),
    layoutMaxLongTaskMs: Math.round(layout.maxLongTaskMs),
    layoutLongTasks: layout.longTasks,
    layoutMaxTimerLatenessMs: Math.round(layout.maxTimerLatenessMs),
    calibrationMs: Math.round(calibrationMs),
    pageErrors: errors,
  };
  console.log(`bench:web (${source}: ${graph.order} nodes / ${graph.size} edges; drawn graph ${drawn.nodes} nodes / ${drawn.edges} edges; ${drawn.view} view: ${drawn.shown}; sigma holds ${drawn.sigmaNodes} nodes / ${drawn.sigmaEdges} edges)`);
  console.log(`  first drawn frame        ${results.firstFrameMs} ms   (goal < 1500: ${results.firstFrameMs < 1500 ? 'met' : 'NOT met'})`);
  console.log(`    page scripts ready at ${drawn.scriptsReadyMs} ms; /api/graph ${(drawn.graphBytes / 1024).toFixed(0)} KiB in ${drawn.graphFetchMs} ms; graph built at ${drawn.graphBuiltMs} ms`);
  console.log(`  pan/zoom                 ${results.panZoomFps} fps, ${results.panZoomRendersPerSecond} renders/s, p95 frame ${results.panZoomP95FrameMs} ms   (goal >= 50 fps: ${results.panZoomFps >= 50 ? 'met' : 'NOT met'})`);
  console.log(`  mouse drag (user pan)    ${results.mouseDragFps} fps, ${results.mouseDragRendersPerSecond} renders/s (edges and labels rest while the camera moves on a big graph)`);
  console.log(`  ForceAtlas2 (worker)     ${results.layoutSteps} steps in 5 s, ${results.layoutMsPerStep} ms/step`);
  console.log(`  main thread during layout ${results.layoutFpsOnMainThread} fps, longest task ${results.layoutMaxLongTaskMs} ms (${results.layoutLongTasks} long tasks), worst timer lateness ${results.layoutMaxTimerLatenessMs} ms`);
  if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  const load = (await import('node:os')).loadavg()[0]!;
  console.log(`  calibration loop         ${results.calibrationMs} ms (a fixed JS loop, to compare runs)`);
  console.log(`  machine load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores; headless Chromium draws WebGL with SwiftShader (software)`);
  console.log(JSON.stringify({ ...results, loadAverage: load }));
} finally {
  await browser.close();
  await server.close();
}

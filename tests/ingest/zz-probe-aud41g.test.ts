import { it } from 'vitest';
import { readAndSegment } from '../../ingest/segment.js';
it('probe', async () => {
  const [r] = await readAndSegment(process.env.F!);
  for (const p of r!.paragraphs) if (p.id === process.env.P) console.log(JSON.stringify(p.footnoteRefs.map((f) => [f.mark, f.offset, p.text.slice(f.offset - 15, f.offset + 3), f.footnote?.text.slice(0, 80)])));
});

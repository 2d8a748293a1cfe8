import { describe, expect, it } from 'vitest';
import { ARC, arcDiagram, pointOnCurve, wrapName } from '../../src/lib/insights/arc-diagram';
import type { Network } from '../../src/lib/insights/ecosystem';

const nodes = Array.from({ length: 12 }, (_, k) => ({
  id: `o${k}`,
  name: k === 3 ? 'Hogeschool van Arnhem en Nijmegen (HAN University of Applied Sciences)' : `Organisatie ${k}`,
  initiatives: 12 - k,
}));
// Every pair that skips over others, the case where a circle drew lines through nodes.
const links = nodes.flatMap((a, i) => nodes.slice(i + 2).map((b) => ({ a: a.id, b: b.id, shared: 1 })));
const network: Network = { nodes, links };

describe('arcDiagram', () => {
  const d = arcDiagram(network);

  it('never draws a link through an organisation that is not one of its ends', () => {
    let closest = Infinity;
    for (const l of d.links) {
      for (const n of d.nodes) {
        if (n.id === l.a || n.id === l.b) continue;
        for (let t = 0; t <= 1; t += 0.01) {
          const [x, y] = pointOnCurve(l.points, t);
          closest = Math.min(closest, Math.hypot(x - n.x, y - n.y));
        }
      }
    }
    expect(closest).toBeGreaterThan(ARC.radius + 2);
  });

  it('keeps every link inside the drawing and every name on its own rows', () => {
    for (const l of d.links) for (let t = 0; t <= 1; t += 0.05) expect(pointOnCurve(l.points, t)[0]).toBeGreaterThanOrEqual(0);
    for (const [k, n] of d.nodes.entries()) {
      const next = d.nodes[k + 1];
      if (next)
        expect(
          next.y - ((next.lines.length - 1) * ARC.lineHeight) / 2 - (n.y + ((n.lines.length - 1) * ARC.lineHeight) / 2),
        ).toBeGreaterThanOrEqual(ARC.lineHeight);
    }
    expect(d.height).toBeGreaterThan(d.nodes.at(-1)!.y);
  });

  it('marks an organisation that shares nothing with the others', () => {
    const lonely = arcDiagram({ nodes: nodes.slice(0, 3), links: [{ a: 'o0', b: 'o1', shared: 2 }] });
    expect(lonely.nodes.map((n) => n.linked)).toEqual([true, true, false]);
  });
});

describe('wrapName', () => {
  it('breaks at spaces into lines that fit', () => {
    expect(wrapName('Hogeschool van Arnhem en Nijmegen', 20)).toEqual(['Hogeschool van', 'Arnhem en Nijmegen']);
    expect(wrapName('ROC Tilburg', 20)).toEqual(['ROC Tilburg']);
  });
});

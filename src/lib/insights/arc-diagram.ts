/**
 * Who works with whom as an arc diagram: the organisations one below the other with their
 * names beside them, each shared initiative an arc on the left. An arc leaves the column at
 * one organisation and meets it again at the other, so it never runs through a third one,
 * and a name is never squeezed into a number.
 */
import type { Network } from './ecosystem';

/** Sizes in CSS pixels: the drawing is shown at its own size, so text stays readable on a phone. */
export const ARC = { width: 360, column: 140, radius: 7, lineHeight: 18, minRow: 34, maxChars: 22, maxBulge: 170 } as const;

export interface ArcNode {
  id: string;
  name: string;
  x: number;
  y: number;
  /** The name broken into lines that fit beside the column. */
  lines: string[];
  /** False when this organisation shares no initiative with the others drawn. */
  linked: boolean;
}

export interface ArcLink {
  a: string;
  b: string;
  shared: number;
  /** SVG path: a cubic curve from node a to node b, bulging to the left. */
  d: string;
  /** The curve's four points, for checks. */
  points: [number, number][];
}

export interface ArcDiagram {
  width: number;
  height: number;
  nodes: ArcNode[];
  links: ArcLink[];
}

/** Breaks a name into lines of at most `max` characters at spaces (a longer word keeps its own line). */
export function wrapName(name: string, max: number = ARC.maxChars): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lays out the network as an arc diagram (nodes in the network's order, most initiatives first). */
export function arcDiagram(network: Network): ArcDiagram {
  const linked = new Set(network.links.flatMap((l) => [l.a, l.b]));
  let y = ARC.radius + 4;
  const nodes: ArcNode[] = network.nodes.map((n) => {
    const lines = wrapName(n.name);
    const row = Math.max(ARC.minRow, lines.length * ARC.lineHeight + 10);
    const node = {
      id: n.id,
      name: n.name,
      x: ARC.column,
      y: y + (lines.length - 1) * (ARC.lineHeight / 2),
      lines,
      linked: linked.has(n.id),
    };
    y += row;
    return node;
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links: ArcLink[] = network.links.map((l) => {
    const a = at.get(l.a)!;
    const b = at.get(l.b)!;
    // Control points straight left of both ends: the curve stays left of the column between them.
    const bulge = Math.min(ARC.maxBulge, 20 + Math.abs(b.y - a.y) * 0.5);
    const points: [number, number][] = [
      [a.x, a.y],
      [a.x - bulge, a.y],
      [b.x - bulge, b.y],
      [b.x, b.y],
    ];
    const d = `M${points[0]!.join(' ')} C${points[1]!.join(' ')} ${points[2]!.join(' ')} ${points[3]!.join(' ')}`;
    return { a: l.a, b: l.b, shared: l.shared, d, points };
  });
  return { width: ARC.width, height: Math.ceil(y), nodes, links };
}

/** A point on a cubic curve at t (0..1). */
export function pointOnCurve(p: readonly [number, number][], t: number): [number, number] {
  const u = 1 - t;
  const c = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [0, 1].map((k) => c.reduce((s, w, i) => s + w * p[i]![k]!, 0)) as [number, number];
}

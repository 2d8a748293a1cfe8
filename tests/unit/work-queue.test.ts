/** The editors' work queue (src/lib/queue/work-queue.ts): one case per group, and the text the command prints. */
import { describe, expect, it } from 'vitest';
import { formatQueue, possibleDuplicates, workQueue, type QueueInput } from '../../src/lib/queue/work-queue';
import type { Initiative, Organisation } from '../../src/lib/schema/types.generated';

const ini = (id: string, d: Record<string, unknown> = {}) => ({
  id,
  data: {
    name: `Initiatief ${id}`,
    kind: 'pps',
    status: 'active',
    summary: 'x'.repeat(20),
    lead_organisation: 'org',
    locations: [{ place: 'Goes', latitude: 51.5, longitude: 3.9 }],
    sources: [{ url: 'https://example.org/', consulted: '2026-01-01' }],
    last_verified: '2026-06-01',
    verified_by: 'initiative',
    ...d,
  } as Initiative,
});
const org = (id: string, d: Record<string, unknown> = {}) => ({
  id,
  data: { name: `Organisatie ${id}`, kind: 'company', ...d } as Organisation,
});
const queue = (q: Partial<QueueInput>) => workQueue({ initiatives: [], organisations: [], today: '2026-12-06', maxAgeMonths: 12, ...q });
const files = (q: ReturnType<typeof queue>, key: string) => q.find((g) => g.key === key)!.items.map((i) => i.file);

describe('the work queue', () => {
  it('lists nothing for a complete, recently checked initiative', () => {
    const q = queue({ initiatives: [ini('goed')] });
    expect(q.every((g) => g.items.length === 0)).toBe(true);
  });

  it('names initiatives without a working area, unless they have a point or work nationally', () => {
    const q = queue({
      initiatives: [
        ini('zonder', { locations: undefined }),
        ini('landelijk', { locations: undefined, scope: 'national' }),
        ini('provincie', { locations: undefined, working_area: { regions: ['zeeland'], certainty: 'exact' } }),
      ],
    });
    expect(files(q, 'geen-werkgebied')).toEqual(['data/initiatives/zonder.yaml']);
  });

  it('names unknown status, a missing lead, sources without a date and statements without an address', () => {
    const q = queue({
      initiatives: [
        ini('a', { status: 'unknown' }),
        ini('b', { lead_organisation: undefined }),
        ini('c', { lead_organisation: undefined, new_organisations: [{ name: 'Nieuw BV', kind: 'company', role: 'lead' }] }),
        ini('d', { sources: [{ title: 'Jaarverslag' }] }),
        ini('e', { challenges: [{ theme: 'funding', statement: 'Geld is onzeker na de subsidie.', source: { title: 'Bronlijst' } }] }),
      ],
    });
    expect(files(q, 'status-onbekend')).toEqual(['data/initiatives/a.yaml']);
    expect(files(q, 'geen-penvoerder')).toEqual(['data/initiatives/b.yaml']);
    expect(files(q, 'nieuwe-organisaties')).toEqual(['data/initiatives/c.yaml']);
    expect(files(q, 'geen-bronddatum')).toEqual(['data/initiatives/d.yaml']);
    expect(q.find((g) => g.key === 'uitspraak-zonder-adres')!.items).toEqual([
      { file: 'data/initiatives/e.yaml', kind: 'initiative', id: 'e', todo: expect.stringContaining('challenges[0]') },
    ]);
  });

  it('names entries never checked and checks older than the configured age, organisations too', () => {
    const q = queue({
      initiatives: [ini('nooit', { last_verified: undefined, verified_by: undefined }), ini('oud', { last_verified: '2025-01-01' })],
      organisations: [org('o1'), org('o2', { last_verified: '2026-11-01', verified_by: 'organisation' })],
    });
    expect(files(q, 'nooit-gecontroleerd')).toEqual(['data/initiatives/nooit.yaml', 'data/organisations/o1.yaml']);
    expect(files(q, 'controle-oud')).toEqual(['data/initiatives/oud.yaml']);
    expect(
      queue({ initiatives: [ini('oud', { last_verified: '2025-01-01' })], maxAgeMonths: 24 }).find((g) => g.key === 'controle-oud')!.items,
    ).toEqual([]);
  });

  it('finds possible duplicates by name and by website, each pair once', () => {
    const list = [
      ini('a', { name: 'Campus Zeeland', website: 'https://www.a.nl/' }),
      ini('b', { name: 'Energy Campus Zeeland', website: 'https://b.nl/' }),
      ini('c', { name: 'Iets heel anders', website: 'https://a.nl/x' }),
      ini('d', { name: 'Zorgpact Twente' }),
    ];
    expect(possibleDuplicates(list)).toEqual([
      ['a', 'c', 'zelfde website (a.nl)'],
      ['a', 'b', 'lijkende naam'],
    ]);
  });

  it('prints every group with its count, and each line names the file and the task', () => {
    const text = formatQueue(queue({ initiatives: [ini('a', { status: 'unknown' })] }));
    expect(text).toMatch(/^Werklijst van de redactie: 1 taak\./);
    expect(text).toContain('## Initiatieven met onbekende status (1)\n- data/initiatives/a.yaml: Zoek uit of het initiatief nog loopt');
    expect(text).toContain('## Mogelijk dubbele initiatieven (0)\n- Niets te doen.');
  });
});

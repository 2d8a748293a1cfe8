import { paths } from './urls';

/**
 * The anchor of each initiative kind on the glossary page (/begrippen/#<anchor>). A kind a
 * fork adds without an entry links to the page itself.
 */
const KIND_ANCHORS: Record<string, string> = { pps: 'pps', civ: 'civ', coe: 'coe', cib: 'cib', regional_network: 'netwerk' };

/** The glossary path for a kind's explanation (without base). */
export function glossaryPathOfKind(kind: string): string {
  const anchor = KIND_ANCHORS[kind];
  return anchor ? paths.term(anchor) : paths.glossary();
}

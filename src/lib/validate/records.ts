/**
 * The shapes the validation pipeline passes along: a file as read, a file once parsed, the
 * records a valid file becomes and the validated dataset. Types only, so every step (the
 * per-file check, the rules between files, the region step, the site) can import them
 * without importing each other.
 */
import type { FeatureCollection } from 'geojson';
import type { Problem } from '../problems';
import type { RegionSet } from '../regions/region-sets';
import type { EntityKind } from '../schema/schemas';
import type { PositionIndex } from '../yaml/parse-data-file';

/** A file as read from disk (or from the CMS): its repository-relative path and content. */
export interface SourceFile {
  path: string;
  content: string | Uint8Array;
}

/** A file that passed its own checks: its id, its normalised value and where each field stands. */
export interface ParsedRecord {
  id: string;
  file: string;
  value: Record<string, unknown>;
  positions: PositionIndex;
}

/**
 * What a rule needs to point at a field of a file: its path and its position index, and its
 * id when the file has one yet (a new entry in the CMS has none).
 */
export type RuleTarget = Pick<ParsedRecord, 'file' | 'positions'> & { id?: string };

/** When a file is checked: the year and day to judge "in the future" against. */
export interface CheckContext {
  currentYear: number;
  today: string;
}

/** What checkFile found for one file, as a cache keeps it (positions are rebuilt when needed). */
export interface CachedCheck {
  problems: Problem[];
  id?: string;
  value?: Record<string, unknown>;
  /** The value is only the part of a file with errors that holds (checkFile's `partial`). */
  partial?: true;
}

/** A store of per-file results, keyed by the file's kind, path and content. */
export interface FileCheckCache {
  get(kind: EntityKind, file: SourceFile): CachedCheck | undefined;
  set(kind: EntityKind, file: SourceFile, result: CachedCheck): void;
  /** How many results it holds, when it knows: the most files it can spare a check (the data loader starts workers early when that leaves enough). */
  readonly size?: number;
}

export type { DerivedLocation, InitiativeRecord, OrganisationRecord } from '../records';
import type { InitiativeRecord, OrganisationRecord } from '../records';

export interface ValidatedDataset {
  initiatives: InitiativeRecord[];
  organisations: OrganisationRecord[];
  /** How many files of each kind were checked: also those with errors, which are in neither list. */
  checked: { initiatives: number; organisations: number };
  regionSets: RegionSet[];
  backdrops: { file: string; collection: FeatureCollection }[];
  problems: Problem[];
}

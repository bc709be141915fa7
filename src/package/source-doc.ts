/** A file as the loader hands it to an engine: parsed data (if it could be parsed), the loader's findings, places. */
import type { Finding, Place } from '../law/finding.js';

export type PlaceOf = (pointer: string) => Place | undefined;

export interface SourceDoc {
  file: string;
  data?: unknown;
  findings: Finding[];
  placeOf?: PlaceOf;
}

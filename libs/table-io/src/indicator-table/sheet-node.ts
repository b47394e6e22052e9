import type { TableIndicator } from '../indicator-table';
import type { ElectiveMarker } from './elective-marker';
import type { AttributeField } from './header';
import type { ProblemPlace } from './problem-sink';
import type { RawRule } from './read-rule';

// What the phases of reading an indicator sheet pass on: each indicator with the cells it was
// read from, so that later checks can place their problems.

export interface Place {
  row: number;
  place: ProblemPlace;
}

/** An indicator while its rows are read. */
export interface OpenNode {
  indicator: TableIndicator;
  level: number;
  row: number;
  heading: Place;
  /** The heading cell as written, to recognise it repeated on the next rows (CSV has no merges). */
  headingText: string;
  parent: OpenNode | null;
  children: OpenNode[];
  /** The last text read per column, so a value repeated on every row of the indicator counts once. */
  lastText: Map<number, string>;
  cells: Partial<Record<AttributeField, Place>>;
  elective: { marker: ElectiveMarker; at: Place } | null;
  rawRules: RawRule[];
  /** Rules made up for a checklist table without a rule column (one per criterion). */
  synthesised: boolean;
}

/** Points are kept to two decimals. */
export const round = (value: number) => Math.round(value * 100) / 100;

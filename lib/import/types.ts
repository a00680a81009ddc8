/** A city the importer can match a name against (English, Russian or slug). */
export interface ReferenceCity {
  id: number;
  slug: string;
  nameEn: string;
  nameRu: string;
}

/** A brand the importer can match by slug or by name. */
export interface ReferenceBrand {
  id: number;
  slug: string;
  name: string;
}

export interface ImportReferences {
  cities: readonly ReferenceCity[];
  brands: readonly ReferenceBrand[];
}

/**
 * One problem found in an import. CSV problems name the 1-based line of the file (the header is
 * line 1); GeoJSON problems name the 1-based feature; file-level problems name neither.
 */
export interface ImportIssue {
  line?: number;
  feature?: number;
  /** the column or property at fault, when there is one */
  field?: string;
  message: string;
  /** "did you mean" candidates for an unknown city or brand */
  suggestions?: string[];
  /** set on a file refused for its size or row count (answered 413 rather than 400) */
  tooLarge?: true;
}

/** Either every row parsed, or the reasons the file cannot be imported (nothing is written). */
export type ImportParseResult<Row> =
  | { ok: true; rows: Row[] }
  | { ok: false; fileError: boolean; issues: ImportIssue[] };

/** "line 4", "feature 2" or "file": where an issue points, for messages. */
export function issueLocation(issue: ImportIssue): string {
  if (issue.line !== undefined) return `line ${issue.line}`;
  if (issue.feature !== undefined) return `feature ${issue.feature}`;
  return "file";
}

import { issueLocation, type ImportIssue } from "@/lib/import/types";
import type { ImportResponse } from "./import-types";
import styles from "./registry.module.css";

/** The reasons a file was refused, each with its line (or feature) and field. */
export function ImportIssues({ error, issues }: { error: string; issues: ImportIssue[] }) {
  return (
    <div className="field-error" role="alert" data-testid="import-errors">
      <p><b>{error}</b></p>
      {issues.length ? (
        <ul className={styles.issues}>
          {issues.map((i, n) => (
            <li key={n} data-line={i.line} data-feature={i.feature}>
              <b>{issueLocation(i)[0].toUpperCase() + issueLocation(i).slice(1)}</b>
              {i.field ? ` (${i.field})` : ""}: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type Preview = Extract<ImportResponse, { dryRun: true }>;

/** What a checked file would change: counts, then the rows (changes first). */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { counts } = preview;
  return (
    <div data-testid="import-preview">
      <p className={styles.summary}>
        <span><span className={`badge ${styles.change_new}`}>new</span> <b data-count="new">{counts.new}</b></span>
        <span><span className={`badge ${styles.change_updated}`}>updated</span> <b data-count="updated">{counts.updated}</b></span>
        <span><span className={`badge ${styles.change_unchanged}`}>unchanged</span> <b data-count="unchanged">{counts.unchanged}</b></span>
        <span className="muted">Nothing is written until you press Import.</span>
      </p>
      <table aria-label="Import preview">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Change</th>
            <th scope="col">Row</th>
            <th scope="col">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.at} data-change={r.change}>
              <td>{r.at}</td>
              <td><span className={`badge ${styles[`change_${r.change}`]}`}>{r.change}</span></td>
              <td>{r.label}</td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.shownRows < preview.totalRows ? (
        <p className="note">Showing {preview.shownRows} of {preview.totalRows} rows (changes first).</p>
      ) : null}
    </div>
  );
}

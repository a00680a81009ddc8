import { useTranslations } from "next-intl";
import type { ImportIssue } from "@/lib/import/types";
import type { ImportResponse } from "./import-types";
import styles from "./registry.module.css";

/** The reasons a file was refused, each with its line (or feature) and field. */
export function ImportIssues({ error, issues }: { error: string; issues: ImportIssue[] }) {
  const t = useTranslations("imports");
  const where = (i: ImportIssue) =>
    i.line !== undefined ? t("where.line", { n: i.line }) : i.feature !== undefined ? t("where.feature", { n: i.feature }) : t("where.file");
  return (
    <div className="field-error" role="alert" data-testid="import-errors">
      <p><b>{error}</b></p>
      {issues.length ? (
        <ul className={styles.issues}>
          {issues.map((i, n) => (
            <li key={n} data-line={i.line} data-feature={i.feature}>
              <b>{where(i)}</b>
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
  const t = useTranslations("imports");
  const { counts } = preview;
  // the server says where as "line 4" / "feature 2"
  const at = (where: string) => {
    const m = /^(line|feature) (\d+)$/.exec(where);
    if (!m) return where;
    return m[1] === "line" ? t("at.line", { n: Number(m[2]) }) : t("at.feature", { n: Number(m[2]) });
  };
  return (
    <div data-testid="import-preview">
      <p className={styles.summary}>
        <span><span className={`badge ${styles.change_new}`}>{t("change.new")}</span> <b data-count="new">{counts.new}</b></span>
        <span><span className={`badge ${styles.change_updated}`}>{t("change.updated")}</span> <b data-count="updated">{counts.updated}</b></span>
        <span><span className={`badge ${styles.change_unchanged}`}>{t("change.unchanged")}</span> <b data-count="unchanged">{counts.unchanged}</b></span>
        <span className="muted">{t("nothingYet")}</span>
      </p>
      <table aria-label={t("preview")}>
        <thead>
          <tr>
            <th scope="col">{t("col.where")}</th>
            <th scope="col">{t("col.change")}</th>
            <th scope="col">{t("col.row")}</th>
            <th scope="col">{t("col.beforeAfter")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.at} data-change={r.change}>
              <td>{at(r.at)}</td>
              <td><span className={`badge ${styles[`change_${r.change}`]}`}>{t(`change.${r.change}`)}</span></td>
              <td>{r.label}</td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.shownRows < preview.totalRows ? (
        <p className="note">{t("showingRows", { shown: preview.shownRows, total: preview.totalRows })}</p>
      ) : null}
    </div>
  );
}

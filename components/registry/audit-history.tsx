import { useLocale, useTranslations } from "next-intl";
import type { AuditEntry } from "@/db/schema";
import { useSiteLabels } from "@/components/ui/site-labels";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { auditChanges, LABELLED_FIELDS, type DiffWords } from "./audit-diff";
import styles from "./registry.module.css";
import { RestoreVersionButton } from "./restore-version-button";


type Restore = React.ComponentProps<typeof RestoreVersionButton>["restore"];

/**
 * A site's history from the audit log, newest first: when, what, and each changed field before → after;
 * with `restore`, each earlier version can be restored.
 */
export function AuditHistory({ entries, siteId, restore }: { entries: AuditEntry[]; siteId?: number; restore?: Restore }) {
  const t = useTranslations("history");
  const labels = useSiteLabels();
  const locale = useLocale() as Locale;
  const action: Record<AuditEntry["action"], string> = { create: t("action.create"), update: t("action.update"), delete: t("action.delete") };
  const words: DiffWords = {
    field: (k) => ((LABELLED_FIELDS as readonly string[]).includes(k) ? t(`field.${k}`) : null),
    yes: t("yes"),
    no: t("no"),
    status: labels.status,
  };
  // the planners' local time (Asia/Almaty), in the reader's format
  const when = (iso: string) => formatDateTime(iso, locale);
  if (entries.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <table aria-label={t("label")}>
      <thead>
        <tr>
          <th scope="col">{t("when")}</th>
          <th scope="col">{t("actionHeader")}</th>
          <th scope="col">{t("by")}</th>
          <th scope="col">{t("changes")}</th>
          {restore ? <th scope="col">{t("version")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => {
          const changes = auditChanges(e.before, e.after, words);
          // the newest entry is the current state; a delete recorded no version to go back to
          const restorable = restore && siteId !== undefined && i > 0 && e.action !== "delete" && e.after !== null;
          return (
            <tr key={e.id} data-audit-action={e.action}>
              <td style={{ whiteSpace: "nowrap" }}>{when(e.at)}</td>
              <td>{action[e.action]}</td>
              <td>{e.actor}</td>
              <td>
                {e.action === "update" ? (
                  changes.length ? (
                    <ul className={styles.changeList}>
                      {changes.map((c) => (
                        <li key={c.field} data-field={c.field}>
                          <b>{c.field}</b>: {c.before}
                          <span className={styles.arrow}>→</span>
                          {c.after}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t("noFieldChanged")}</span>
                  )
                ) : (
                  <details>
                    <summary>{e.action === "create" ? t("initialValues") : t("lastValues")}</summary>
                    <ul className={styles.changeList}>
                      {changes.map((c) => (
                        <li key={c.field}>
                          <b>{c.field}</b>: {e.action === "create" ? c.after : c.before}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              {restore ? (
                <td>{restorable ? <RestoreVersionButton siteId={siteId} auditId={e.id} when={when(e.at)} restore={restore} /> : e === entries[0] ? <span className="muted">{t("current")}</span> : null}</td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import type { AuditEntry } from "@/db/schema";
import { auditChanges } from "./audit-diff";
import styles from "./registry.module.css";
import { RestoreVersionButton } from "./restore-version-button";

const ACTION: Record<AuditEntry["action"], string> = { create: "created", update: "updated", delete: "deleted" };

function when(iso: string) {
  // ISO in UTC, minute precision: unambiguous for a team across time zones
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

type Restore = React.ComponentProps<typeof RestoreVersionButton>["restore"];

/**
 * A site's history from the audit log, newest first: when, what, and each changed field before → after;
 * with `restore`, each earlier version can be restored.
 */
export function AuditHistory({ entries, siteId, restore }: { entries: AuditEntry[]; siteId?: number; restore?: Restore }) {
  if (entries.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <table aria-label="History">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Action</th>
          <th scope="col">By</th>
          <th scope="col">Changes (before → after)</th>
          {restore ? <th scope="col">Version</th> : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => {
          const changes = auditChanges(e.before, e.after);
          // the newest entry is the current state; a delete recorded no version to go back to
          const restorable = restore && siteId !== undefined && i > 0 && e.action !== "delete" && e.after !== null;
          return (
            <tr key={e.id} data-audit-action={e.action}>
              <td style={{ whiteSpace: "nowrap" }}>{when(e.at)}</td>
              <td>{ACTION[e.action]}</td>
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
                    <span className="muted">no field changed</span>
                  )
                ) : (
                  <details>
                    <summary>{e.action === "create" ? "initial values" : "last values"}</summary>
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
                <td>{restorable ? <RestoreVersionButton siteId={siteId} auditId={e.id} when={when(e.at)} restore={restore} /> : e === entries[0] ? <span className="muted">current</span> : null}</td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

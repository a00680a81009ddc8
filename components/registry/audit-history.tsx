import type { AuditEntry } from "@/db/schema";
import { auditChanges } from "./audit-diff";
import styles from "./registry.module.css";

const ACTION: Record<AuditEntry["action"], string> = { create: "created", update: "updated", delete: "deleted" };

function when(iso: string) {
  // ISO in UTC, minute precision: unambiguous for a team across time zones
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A site's history from the audit log, newest first: when, what, and each changed field before → after. */
export function AuditHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <table aria-label="History">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Action</th>
          <th scope="col">By</th>
          <th scope="col">Changes (before → after)</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const changes = auditChanges(e.before, e.after);
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
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ChangeStatusAction } from "@/components/planner/site-actions";
import type { DealershipStatus } from "@/lib/validation/dealership";
import styles from "./registry.module.css";
import { STATUS_LABEL, STATUS_TRANSITIONS } from "@/lib/network/status-transitions";
import { useHydrated } from "@/components/hooks/use-hydrated";

const VERB: Record<DealershipStatus, string> = {
  under_construction: "Start construction",
  open: "Mark as open…",
  closed: "Close…",
  planned: "Plan again",
};

/** The next status steps of a site; opening asks for the opening date, closing for a confirmation. */
export function StatusChanger({ id, name, status, changeStatus }: { id: number; name: string; status: DealershipStatus; changeStatus: ChangeStatusAction }) {
  const router = useRouter();
  const [opening, setOpening] = useState(false);
  const [openedOn, setOpenedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const next = STATUS_TRANSITIONS[status];

  function apply(change: { status: DealershipStatus; openedOn?: string }) {
    setError(null);
    startTransition(async () => {
      const result = await changeStatus(id, change);
      if (!result.ok) {
        setError(Object.values(result.error.fields)[0]?.[0] ?? result.error.message);
        return;
      }
      setOpening(false);
      router.refresh();
    });
  }

  function choose(to: DealershipStatus) {
    if (to === "open") return setOpening(true);
    if (to === "closed" && !window.confirm(`Close ${name}? It stops counting in coverage; the history keeps its past.`)) return;
    apply({ status: to });
  }

  if (next.length === 0) return <p className="muted">A closed site has no next step; use Edit to plan it again.</p>;
  return (
    <div className={styles.statusActions} data-needs="edit" data-testid="status-changer" data-hydrated={hydrated}>
      {next.map((to) => (
        <button key={to} type="button" className={to === "closed" ? "danger" : undefined} disabled={pending} onClick={() => choose(to)}>
          {VERB[to]}
        </button>
      ))}
      {opening ? (
        <form
          className={styles.statusActions}
          aria-label="Opening date"
          onSubmit={(e) => {
            e.preventDefault();
            apply({ status: "open", openedOn });
          }}
        >
          <label>
            Opened on
            <input type="date" name="openedOn" required value={openedOn} onChange={(e) => setOpenedOn(e.target.value)} />
          </label>
          <button type="submit" disabled={pending}>Confirm opening</button>
          <button type="button" className="secondary" onClick={() => setOpening(false)}>Cancel</button>
        </form>
      ) : null}
      {pending ? <span className="muted">Saving…</span> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <span className="muted" style={{ fontSize: "0.8rem" }}>Now: {STATUS_LABEL[status]}</span>
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ChangeStatusAction, UndoChangeAction } from "@/components/planner/site-actions";
import { Notice, useNotice } from "@/components/ui/notice";
import { firstMessage } from "@/lib/errors";
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
export function StatusChanger({ id, name, status, changeStatus, undoChange }: { id: number; name: string; status: DealershipStatus; changeStatus: ChangeStatusAction; undoChange: UndoChangeAction }) {
  const router = useRouter();
  const [opening, setOpening] = useState(false);
  const [openedOn, setOpenedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const notice = useNotice();
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
      const changed = result.data;
      // a few seconds to take the step back (the server refuses if the site changed since)
      notice.show({
        kind: "success",
        text: `Now ${STATUS_LABEL[changed.status]}.`,
        actions: [
          {
            label: "Undo",
            run: () =>
              startTransition(async () => {
                const undone = await undoChange(id, changed.updatedAt);
                notice.show(undone.ok ? { kind: "success", text: `Back to ${STATUS_LABEL[undone.data.status]}.` } : { kind: "error", text: `Could not undo: ${firstMessage(undone.error)}` });
                router.refresh();
              }),
          },
        ],
      });
      router.refresh();
    });
  }

  function choose(to: DealershipStatus) {
    if (to === "open") return setOpening(true);
    if (to === "closed" && !window.confirm(`Close ${name}? It stops counting in coverage; the history keeps its past.`)) return;
    apply({ status: to });
  }

  if (next.length === 0) {
    return (
      <div className={styles.statusActions} data-testid="status-changer" data-hydrated={hydrated}>
        <p className="muted">A closed site has no next step; use Edit to plan it again.</p>
        <Notice message={notice.message} onClose={notice.clear} />
      </div>
    );
  }
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
      <Notice message={notice.message} onClose={notice.clear} />
      <span className="muted" style={{ fontSize: "0.8rem" }}>Now: {STATUS_LABEL[status]}</span>
    </div>
  );
}

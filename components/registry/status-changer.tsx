"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useSiteLabels } from "@/components/ui/site-labels";
import type { ChangeStatusAction, UndoChangeAction } from "@/components/planner/site-actions";
import { Notice, useNotice } from "@/components/ui/notice";
import { firstMessage } from "@/lib/errors";
import type { DealershipStatus } from "@/lib/validation/dealership";
import styles from "./registry.module.css";
import { STATUS_TRANSITIONS } from "@/lib/network/status-transitions";
import { useHydrated } from "@/components/hooks/use-hydrated";

/** The next status steps of a site; opening asks for the opening date, closing for a confirmation. */
export function StatusChanger({ id, name, status, changeStatus, undoChange }: { id: number; name: string; status: DealershipStatus; changeStatus: ChangeStatusAction; undoChange: UndoChangeAction }) {
  const t = useTranslations("dealerships");
  const labels = useSiteLabels();
  const verb: Record<DealershipStatus, string> = {
    under_construction: t("step.under_construction"),
    open: t("step.open"),
    closed: t("step.closed"),
    planned: t("step.planned"),
  };
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
        text: t("step.now", { status: labels.status(changed.status) }),
        actions: [
          {
            label: t("step.undo"),
            run: () =>
              startTransition(async () => {
                const undone = await undoChange(id, changed.updatedAt);
                notice.show(undone.ok ? { kind: "success", text: t("step.back", { status: labels.status(undone.data.status) }) } : { kind: "error", text: t("step.undoFailed", { reason: firstMessage(undone.error) }) });
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
    if (to === "closed" && !window.confirm(t("step.closeConfirm", { name }))) return;
    apply({ status: to });
  }

  if (next.length === 0) {
    return (
      <div className={styles.statusActions} data-testid="status-changer" data-hydrated={hydrated}>
        <p className="muted">{t("step.closedNone")}</p>
        <Notice message={notice.message} onClose={notice.clear} />
      </div>
    );
  }
  return (
    <div className={styles.statusActions} data-needs="edit" data-testid="status-changer" data-hydrated={hydrated}>
      {next.map((to) => (
        <button key={to} type="button" className={to === "closed" ? "danger" : undefined} disabled={pending} onClick={() => choose(to)}>
          {verb[to]}
        </button>
      ))}
      {opening ? (
        <form
          className={styles.statusActions}
          aria-label={t("step.openingDate")}
          onSubmit={(e) => {
            e.preventDefault();
            apply({ status: "open", openedOn });
          }}
        >
          <label>
            {t("detail.openedOn")}
            <input type="date" name="openedOn" required value={openedOn} onChange={(e) => setOpenedOn(e.target.value)} />
          </label>
          <button type="submit" disabled={pending}>{t("step.confirmOpening")}</button>
          <button type="button" className="secondary" onClick={() => setOpening(false)}>{t("step.cancel")}</button>
        </form>
      ) : null}
      {pending ? <span className="muted">{t("step.saving")}</span> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <Notice message={notice.message} onClose={notice.clear} />
      <span className="muted" style={{ fontSize: "0.8rem" }}>{t("step.current", { status: labels.status(status) })}</span>
    </div>
  );
}

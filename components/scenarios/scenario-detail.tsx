"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { firstMessage } from "@/lib/errors";
import type { PromoteOutcome } from "@/db/queries/scenario-promote";
import type { ScenarioActions } from "./types";

export interface EditRow {
  id: number;
  seq: number;
  op: string;
  description: string;
  author: string;
  createdAt: string;
  stale: string | null;
}

interface Props {
  scenario: { id: number; name: string; notes: string | null; author: string; createdAt: string; updatedAt: string };
  edits: EditRow[];
  /** the edits that no longer apply, each with its sentence in the reader's language */
  stale: { editId: number; text: string }[];
  actions: Pick<ScenarioActions, "update" | "removeEdit" | "promote">;
}

/** One scenario: rename and notes, its edits (remove one), the stale warning, and promotion with a preview. */
export function ScenarioDetail({ scenario, edits, stale, actions }: Props) {
  const t = useTranslations("scenarios");
  const router = useRouter();
  const [name, setName] = useState(scenario.name);
  const [notes, setNotes] = useState(scenario.notes ?? "");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PromoteOutcome | null>(null);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const r = await actions.update(scenario.id, { name, notes });
    if (r.ok) {
      setMessage(t("detail.saved"));
      setError(null);
      router.refresh();
    } else setError(firstMessage(r.error));
  }

  async function removeEdit(editId: number) {
    const r = await actions.removeEdit(scenario.id, editId);
    if (r.ok) {
      setOutcome(null);
      router.refresh();
    } else setError(firstMessage(r.error));
  }

  async function promote(dryRun: boolean) {
    const r = await actions.promote(scenario.id, dryRun);
    if (!r.ok) return setError(firstMessage(r.error));
    setError(null);
    setOutcome(r.data);
    if (!dryRun && r.data.result) {
      setMessage(t("detail.promoted", { created: r.data.result.created, updated: r.data.result.updated, closed: r.data.result.closed }));
      router.refresh();
    }
  }

  return (
    <div>
      <p className="no-print">
        <Link href={`/map?scenario=${scenario.id}`}>{t("openOnMap")}</Link> · <Link href={`/scenarios/compare?ids=live,${scenario.id}`}>{t("detail.compareLive")}</Link> ·{" "}
        <Link href={`/reports/coverage?brand=great-wall&includePlanned=true&scenario=${scenario.id}`}>{t("detail.report")}</Link> · <Link href="/scenarios">{t("all")}</Link>
      </p>
      <p className="muted">
        {t("detail.byline", { author: scenario.author, created: scenario.createdAt, changed: scenario.updatedAt })}
      </p>
      <form onSubmit={save} className="inputs-row" aria-label={t("detail.formLabel")}>
        <label>
          {t("name")} <input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        </label>
        <label>
          {t("notes")} <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} cols={60} />
        </label>{" "}
        <button type="submit">{t("save")}</button>
      </form>
      {message ? <p className="status-message" role="status">{message}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}

      {stale.length ? (
        <div className="stale-warning" role="alert" data-testid="stale-warning">
          {t.rich("detail.staleWarning", { count: stale.length, strong: (chunks) => <strong>{chunks}</strong> })}
          <ul>
            {stale.map((s) => (
              <li key={s.editId}>{s.text}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>{t("detail.edits", { count: edits.length })}</h2>
      {edits.length === 0 ? <p className="muted">{t("detail.noEdits")}</p> : null}
      <table data-testid="scenario-edits">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t("detail.colEdit")}</th>
            <th>{t("col.author")}</th>
            <th>{t("detail.colWhen")}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {edits.map((e) => (
            <tr key={e.id}>
              <td className="num">{e.seq}</td>
              <td>
                {e.description}
                {e.stale ? <span className="field-error"> {t("detail.noLongerApplies", { reason: e.stale })}</span> : null}
              </td>
              <td>{e.author}</td>
              <td>{e.createdAt}</td>
              <td>
                <button type="button" onClick={() => removeEdit(e.id)} aria-label={t("detail.removeLabel", { seq: e.seq })}>
                  {t("detail.remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("detail.promoteTitle")}</h2>
      <p className="muted">{t("detail.promoteNote")}</p>
      <button type="button" onClick={() => promote(true)}>
        {t("detail.preview")}
      </button>
      {outcome?.stale ? (
        <div className="stale-warning" role="alert">
          {t("detail.cannotPromote", { count: outcome.stale.length })}
        </div>
      ) : null}
      {outcome?.result ? (
        <div data-testid="promote-preview">
          <p>
            {outcome.result.dryRun
              ? t("detail.wouldWrite", { created: outcome.result.created, updated: outcome.result.updated, closed: outcome.result.closed })
              : t("detail.wrote", { created: outcome.result.created, updated: outcome.result.updated, closed: outcome.result.closed })}
          </p>
          <ul>
            {outcome.result.changes.map((c, i) => (
              <li key={i}>
                {t(`detail.change.${c.kind}`)} {c.name}
                {c.fields.length ? ` (${c.fields.join(", ")})` : ""}
              </li>
            ))}
          </ul>
          {outcome.result.dryRun && outcome.result.changes.length ? (
            <button type="button" onClick={() => window.confirm(t("detail.confirmPromote")) && promote(false)}>
              {t("detail.promote")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

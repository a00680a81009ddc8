"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { firstMessage } from "@/lib/errors";
import type { PromoteOutcome } from "@/db/queries/scenario-promote";
import type { StaleEdit } from "@/lib/scenarios/replay";
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
  stale: StaleEdit[];
  actions: Pick<ScenarioActions, "update" | "removeEdit" | "promote">;
}

/** One scenario: rename and notes, its edits (remove one), the stale warning, and promotion with a preview. */
export function ScenarioDetail({ scenario, edits, stale, actions }: Props) {
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
      setMessage("Saved.");
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
      setMessage(`Promoted: ${r.data.result.created} created, ${r.data.result.updated} updated, ${r.data.result.closed} closed.`);
      router.refresh();
    }
  }

  return (
    <div>
      <p className="no-print">
        <Link href={`/map?scenario=${scenario.id}`}>Open on the map</Link> · <Link href={`/scenarios/compare?ids=live,${scenario.id}`}>Compare with live</Link> ·{" "}
        <Link href={`/reports/coverage?brand=great-wall&includePlanned=true&scenario=${scenario.id}`}>Coverage report</Link> · <Link href="/scenarios">All scenarios</Link>
      </p>
      <p className="muted">
        By {scenario.author}, created {scenario.createdAt.slice(0, 16).replace("T", " ")}, changed {scenario.updatedAt.slice(0, 16).replace("T", " ")}
      </p>
      <form onSubmit={save} className="inputs-row" aria-label="Scenario name and notes">
        <label>
          Name <input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        </label>
        <label>
          Notes <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} cols={60} />
        </label>{" "}
        <button type="submit">Save</button>
      </form>
      {message ? <p className="status-message" role="status">{message}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}

      {stale.length ? (
        <div className="stale-warning" role="alert" data-testid="stale-warning">
          <strong>{stale.length} edit(s) no longer apply</strong> (their site was changed or deleted in the registry since). They are left out when
          the scenario is viewed, and it cannot be promoted until they are removed:
          <ul>
            {stale.map((s) => (
              <li key={s.editId}>{s.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>Edits ({edits.length})</h2>
      {edits.length === 0 ? <p className="muted">No edits: this scenario equals the live network. Open it on the map to add, move or close sites.</p> : null}
      <table data-testid="scenario-edits">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>edit</th>
            <th>author</th>
            <th>when</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {edits.map((e) => (
            <tr key={e.id}>
              <td className="num">{e.seq}</td>
              <td>
                {e.description}
                {e.stale ? <span className="field-error"> (no longer applies: {e.stale})</span> : null}
              </td>
              <td>{e.author}</td>
              <td>{e.createdAt.slice(0, 16).replace("T", " ")}</td>
              <td>
                <button type="button" onClick={() => removeEdit(e.id)} aria-label={`Remove edit ${e.seq}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Promote into the registry</h2>
      <p className="muted">Writes the scenario&apos;s sites into the registry in one transaction (each change audited); its edits are then cleared.</p>
      <button type="button" onClick={() => promote(true)}>
        Preview promotion
      </button>
      {outcome?.stale ? (
        <div className="stale-warning" role="alert">
          Cannot promote: {outcome.stale.length} edit(s) no longer apply.
        </div>
      ) : null}
      {outcome?.result ? (
        <div data-testid="promote-preview">
          <p>
            {outcome.result.dryRun ? "Would write" : "Wrote"}: {outcome.result.created} created, {outcome.result.updated} updated, {outcome.result.closed} closed.
          </p>
          <ul>
            {outcome.result.changes.map((c, i) => (
              <li key={i}>
                {c.kind} {c.name}
                {c.fields.length ? ` (${c.fields.join(", ")})` : ""}
              </li>
            ))}
          </ul>
          {outcome.result.dryRun && outcome.result.changes.length ? (
            <button type="button" onClick={() => window.confirm("Write these changes into the registry?") && promote(false)}>
              Promote into the registry
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { firstMessage } from "@/lib/errors";
import type { ScenarioSummary } from "@/db/queries/scenarios";
import type { ScenarioActions } from "./types";

interface Props {
  scenarios: ScenarioSummary[];
  actions: Pick<ScenarioActions, "create" | "duplicate" | "remove">;
}

/** The scenario list: create (empty or as a copy), open on the map, duplicate, delete, pick 1-4 to compare. */
export function ScenarioList({ scenarios, actions }: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [notes, setNotes] = useState("");
  const [copyOf, setCopyOf] = useState("");
  const [picked, setPicked] = useState<number[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(p: ReturnType<ScenarioActions["create"]>, done: (name: string) => string) {
    const r = await p;
    if (r.ok) {
      setMessage(done(r.data.name));
      setError(null);
      router.refresh();
    } else setError(firstMessage(r.error));
    return r;
  }

  async function create(e: React.FormEvent) {
    e.preventDefault();
    const r = await run(actions.create({ name, notes, copyOf: copyOf || null }), (n) => `Created ${n}.`);
    if (r.ok) {
      setName("");
      setNotes("");
    }
  }

  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length >= 4 ? p : [...p, id]));

  return (
    <div>
      <h2>New scenario</h2>
      <form onSubmit={create} className="inputs-row" aria-label="New scenario">
        <label>
          Name <input name="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </label>{" "}
        <label>
          Start from{" "}
          <select name="copyOf" value={copyOf} onChange={(e) => setCopyOf(e.target.value)}>
            <option value="">the live network (empty)</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                a copy of {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Notes <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} cols={50} />
        </label>{" "}
        <button type="submit">Create scenario</button>
      </form>
      {message ? <p className="status-message" role="status">{message}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}

      <h2>Scenarios</h2>
      {scenarios.length === 0 ? <p className="muted">No scenarios yet.</p> : null}
      <table>
        <thead>
          <tr>
            <th>compare</th>
            <th>name</th>
            <th>notes</th>
            <th>author</th>
            <th className="num">edits</th>
            <th>updated</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id} data-testid={`scenario-row-${s.id}`}>
              <td>
                <input type="checkbox" aria-label={`Compare ${s.name}`} checked={picked.includes(s.id)} onChange={() => toggle(s.id)} />
              </td>
              <td>
                <Link href={`/scenarios/${s.id}`}>{s.name}</Link>
              </td>
              <td>{s.notes}</td>
              <td>{s.author}</td>
              <td className="num">{s.editCount}</td>
              <td>{s.updatedAt.slice(0, 16).replace("T", " ")}</td>
              <td>
                <Link href={`/map?scenario=${s.id}`}>Open on the map</Link>{" "}
                <button type="button" onClick={() => run(actions.duplicate(s.id), (n) => `Created ${n}.`)}>
                  Duplicate
                </button>{" "}
                <button
                  type="button"
                  onClick={() => window.confirm(`Delete scenario ${s.name}? The registry is not affected.`) && run(actions.remove(s.id), (n) => `Deleted ${n}.`)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {picked.length ? (
          <Link href={`/scenarios/compare?ids=live,${picked.join(",")}`}>Compare live with {picked.length} scenario(s)</Link>
        ) : (
          <span className="muted">Tick up to 4 scenarios to compare them with live.</span>
        )}
      </p>
    </div>
  );
}

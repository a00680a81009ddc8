"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { firstMessage } from "@/lib/errors";
import type { ScenarioSummary } from "@/db/queries/scenarios";
import type { ScenarioActions } from "./types";

interface Props {
  scenarios: ScenarioSummary[];
  actions: Pick<ScenarioActions, "create" | "duplicate" | "remove">;
}

/** The scenario list: create (empty or as a copy), open on the map, duplicate, delete, pick 1-4 to compare. */
export function ScenarioList({ scenarios, actions }: Props) {
  const t = useTranslations("scenarios");
  const locale = useLocale() as Locale;
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
    const r = await run(actions.create({ name, notes, copyOf: copyOf || null }), (n) => t("list.created", { name: n }));
    if (r.ok) {
      setName("");
      setNotes("");
    }
  }

  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length >= 4 ? p : [...p, id]));

  return (
    <div>
      <h2>{t("list.newTitle")}</h2>
      <form onSubmit={create} className="inputs-row" aria-label={t("list.newTitle")}>
        <label>
          {t("name")} <input name="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </label>{" "}
        <label>
          {t("list.startFrom")}{" "}
          <select name="copyOf" value={copyOf} onChange={(e) => setCopyOf(e.target.value)}>
            <option value="">{t("list.fromLive")}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {t("list.copyOf", { name: s.name })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("notes")} <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} cols={50} />
        </label>{" "}
        <button type="submit">{t("list.create")}</button>
      </form>
      {message ? <p className="status-message" role="status">{message}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}

      <h2>{t("title")}</h2>
      {scenarios.length === 0 ? <p className="muted">{t("list.empty")}</p> : null}
      <table>
        <thead>
          <tr>
            <th>{t("col.compare")}</th>
            <th>{t("col.name")}</th>
            <th>{t("col.notes")}</th>
            <th>{t("col.author")}</th>
            <th className="num">{t("col.edits")}</th>
            <th>{t("col.updated")}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id} data-testid={`scenario-row-${s.id}`}>
              <td>
                <input type="checkbox" aria-label={t("list.compareOne", { name: s.name })} checked={picked.includes(s.id)} onChange={() => toggle(s.id)} />
              </td>
              <td>
                <Link href={`/scenarios/${s.id}`}>{s.name}</Link>
              </td>
              <td>{s.notes}</td>
              <td>{s.author}</td>
              <td className="num">{s.editCount}</td>
              <td>{formatDateTime(s.updatedAt, locale)}</td>
              <td>
                <Link href={`/map?scenario=${s.id}`}>{t("openOnMap")}</Link>{" "}
                <button type="button" onClick={() => run(actions.duplicate(s.id), (n) => t("list.created", { name: n }))}>
                  {t("list.duplicate")}
                </button>{" "}
                <button
                  type="button"
                  onClick={() => window.confirm(t("list.confirmDelete", { name: s.name })) && run(actions.remove(s.id), (n) => t("list.deleted", { name: n }))}
                >
                  {t("list.delete")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {picked.length ? (
          <Link href={`/scenarios/compare?ids=live,${picked.join(",")}`}>{t("list.compareLink", { count: picked.length })}</Link>
        ) : (
          <span className="muted">{t("list.tick")}</span>
        )}
      </p>
    </div>
  );
}

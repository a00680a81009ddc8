"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { firstMessage, type ActionResult } from "@/lib/errors";

type SaveAttractiveness = (input: { id: number; attractiveness: string }) => Promise<ActionResult<unknown>>;

/** A showroom's attractiveness, editable by planners: saved with its button, the table then reloads. */
export function AttractivenessCell({ id, dealer, value, canEdit, save }: { id: number; dealer: string; value: number; canEdit: boolean; save: SaveAttractiveness }) {
  const t = useTranslations("market.performance");
  const router = useRouter();
  const [text, setText] = useState(String(value));
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  if (!canEdit) return <>{value}</>;
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const res = await save({ id, attractiveness: text });
    if (res.ok) {
      setStatus({ error: false, text: t("saved") });
      router.refresh();
    } else setStatus({ error: true, text: firstMessage(res.error) });
  }
  return (
    <form onSubmit={submit} className="attractiveness-form">
      <input inputMode="decimal" size={3} className="num" value={text} aria-label={t("attractivenessAria", { dealer })} onChange={(e) => setText(e.target.value)} />
      {/* the button appears once the figure changes: a column of Save buttons would drown the table */}
      {text !== String(value) ? <button type="submit">{t("save")}</button> : null}
      {status ? <span role={status.error ? "alert" : "status"} className={status.error ? "field-error" : "muted"}>{" "}{status.text}</span> : null}
    </form>
  );
}

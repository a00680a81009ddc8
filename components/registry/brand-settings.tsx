"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { firstMessage } from "@/lib/errors";
import styles from "./registry.module.css";

export interface BrandSettingRow {
  slug: string;
  name: string;
  manufacturer: string;
  competitor: boolean;
  targetSalesPerOutlet: number;
  strength: number | null;
}

type SaveSettings = (input: { brand: string; targetSalesPerOutlet: string; strength: string }) => Promise<ActionResult<unknown>>;

/** One brand's sales-model settings: throughput standard and strength override, saved with its own button. */
function SettingRow({ row, save, canEdit }: { row: BrandSettingRow; save: SaveSettings; canEdit: boolean }) {
  const t = useTranslations("sales.settings");
  const router = useRouter();
  const [target, setTarget] = useState(String(row.targetSalesPerOutlet));
  const [strength, setStrength] = useState(row.strength === null ? "" : String(row.strength));
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const dirty = target !== String(row.targetSalesPerOutlet) || strength !== (row.strength === null ? "" : String(row.strength));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const res = await save({ brand: row.slug, targetSalesPerOutlet: target, strength });
    if (res.ok) {
      setStatus({ error: false, text: t("saved") });
      router.refresh();
    } else setStatus({ error: true, text: firstMessage(res.error) });
  }

  return (
    <tr data-brand={row.slug}>
      <th scope="row">
        {row.name} <span className="muted">({row.competitor ? `${row.manufacturer}, ${t("competitor")}` : row.manufacturer})</span>
      </th>
      <td>
        <form id={`settings-${row.slug}`} onSubmit={submit} />
        <input
          form={`settings-${row.slug}`} inputMode="numeric" className="num" size={6} value={target} disabled={!canEdit}
          aria-label={t("targetAria", { brand: row.name })} onChange={(e) => setTarget(e.target.value)}
        />
      </td>
      <td>
        <input
          form={`settings-${row.slug}`} inputMode="decimal" className="num" size={4} value={strength} placeholder="1" disabled={!canEdit}
          aria-label={t("strengthAria", { brand: row.name })} onChange={(e) => setStrength(e.target.value)}
        />
      </td>
      <td>
        {canEdit ? <button type="submit" form={`settings-${row.slug}`} disabled={!dirty}>{t("save")}</button> : null}{" "}
        {status ? <span role={status.error ? "alert" : "status"} className={status.error ? "field-error" : "muted"}>{status.text}</span> : null}
      </td>
    </tr>
  );
}

/** The sales model's planning settings per brand (throughput standard and strength), editable by planners. */
export function BrandSettings({ rows, save, canEdit }: { rows: BrandSettingRow[]; save: SaveSettings; canEdit: boolean }) {
  const t = useTranslations("sales.settings");
  return (
    <div className={styles.tableWrap}>
      <table aria-label={t("tableLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("colBrand")}</th>
            <th scope="col" className="num">{t("colTarget")}</th>
            <th scope="col" className="num">{t("colStrength")}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <SettingRow key={`${r.slug}:${r.targetSalesPerOutlet}:${r.strength}`} row={r} save={save} canEdit={canEdit} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

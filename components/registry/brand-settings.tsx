"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
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
  const router = useRouter();
  const [target, setTarget] = useState(String(row.targetSalesPerOutlet));
  const [strength, setStrength] = useState(row.strength === null ? "" : String(row.strength));
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const dirty = target !== String(row.targetSalesPerOutlet) || strength !== (row.strength === null ? "" : String(row.strength));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const res = await save({ brand: row.slug, targetSalesPerOutlet: target, strength });
    if (res.ok) {
      setStatus({ error: false, text: "Saved" });
      router.refresh();
    } else setStatus({ error: true, text: firstMessage(res.error) });
  }

  return (
    <tr data-brand={row.slug}>
      <th scope="row">
        {row.name} <span className="muted">({row.manufacturer}{row.competitor ? ", competitor" : ""})</span>
      </th>
      <td>
        <form id={`settings-${row.slug}`} onSubmit={submit} />
        <input
          form={`settings-${row.slug}`} inputMode="numeric" className="num" size={6} value={target} disabled={!canEdit}
          aria-label={`Target sales per outlet, ${row.name}`} onChange={(e) => setTarget(e.target.value)}
        />
      </td>
      <td>
        <input
          form={`settings-${row.slug}`} inputMode="decimal" className="num" size={4} value={strength} placeholder="1" disabled={!canEdit}
          aria-label={`Brand strength, ${row.name}`} onChange={(e) => setStrength(e.target.value)}
        />
      </td>
      <td>
        {canEdit ? <button type="submit" form={`settings-${row.slug}`} disabled={!dirty}>Save</button> : null}{" "}
        {status ? <span role={status.error ? "alert" : "status"} className={status.error ? "field-error" : "muted"}>{status.text}</span> : null}
      </td>
    </tr>
  );
}

/** The sales model's planning settings per brand (throughput standard and strength), editable by planners. */
export function BrandSettings({ rows, save, canEdit }: { rows: BrandSettingRow[]; save: SaveSettings; canEdit: boolean }) {
  return (
    <div className={styles.tableWrap}>
      <table aria-label="Sales planning settings per brand">
        <thead>
          <tr>
            <th scope="col">Brand</th>
            <th scope="col" className="num">Target sales per outlet (cars/year)</th>
            <th scope="col" className="num">Brand strength</th>
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

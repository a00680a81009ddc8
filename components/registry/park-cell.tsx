"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { firstMessage, type ActionResult } from "@/lib/errors";
import { formatInt } from "@/lib/format";
import { vehicleCountSchema } from "@/lib/validation/vehicle-park";
import styles from "./registry.module.css";

interface Props {
  city: string;
  cityName: string;
  brand: string;
  brandName: string;
  year: number;
  value: number | null;
  previous: number | null;
  row: number;
  col: number;
  onSaved: () => void;
  onError: (message: string | null) => void;
  setCell: SetParkCellAction;
}

/** The server action that saves one count, passed down from the page. */
export type SetParkCellAction = (input: { city: string; brand: string; year: number; vehicles: number }) => Promise<ActionResult<{ vehicles: number }>>;

type State = "idle" | "saving" | "saved" | "invalid";

/** One editable count: saved on blur or Enter (then the cell below gets the focus), Escape undoes. */
export function ParkCell(p: Props) {
  const [text, setText] = useState(p.value === null ? "" : String(p.value));
  const [state, setState] = useState<State>("idle");
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("vehicleFleet");
  const locale = useLocale() as Locale;
  const label = t("cell.label", { brand: p.brandName, city: p.cityName, year: String(p.year) });

  async function save() {
    const stored = p.value === null ? "" : String(p.value);
    if (text.trim() === stored) return;
    if (text.trim() === "" && p.value === null) return;
    const parsed = vehicleCountSchema.safeParse(text);
    if (!parsed.success) {
      const message = `${label}: ${t("cell.invalid")}`;
      setState("invalid");
      setError(message);
      p.onError(message);
      return;
    }
    setState("saving");
    const result = await p.setCell({ city: p.city, brand: p.brand, year: p.year, vehicles: parsed.data });
    if (!result.ok) {
      setState("invalid");
      setError(`${label}: ${firstMessage(result.error)}`);
      p.onError(`${label}: ${firstMessage(result.error)}`);
      return;
    }
    setText(String(result.data.vehicles));
    setState("saved");
    setError(null);
    p.onError(null);
    p.onSaved();
  }

  const change = p.value !== null && p.previous !== null ? p.value - p.previous : null;
  const title = [
    p.previous !== null ? `${p.year - 1}: ${formatInt(p.previous, locale)}` : t("cell.noFigure", { year: String(p.year - 1) }),
    change !== null ? t("cell.change", { change: `${change >= 0 ? "+" : ""}${formatInt(change, locale)}` }) : null,
    error,
  ].filter(Boolean).join(" · ");

  return (
    <input
      className={styles.parkInput}
      inputMode="numeric"
      aria-label={label}
      aria-invalid={state === "invalid"}
      data-state={state}
      data-cell={`${p.city}:${p.brand}`}
      data-row={p.row}
      data-col={p.col}
      title={title}
      value={text}
      placeholder="–"
      onChange={(e) => {
        setText(e.target.value);
        if (state !== "saving") setState("idle");
      }}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          setText(p.value === null ? "" : String(p.value));
          setState("idle");
          setError(null);
          p.onError(null);
        }
        if (e.key === "Enter") {
          e.preventDefault();
          const below = document.querySelector<HTMLInputElement>(`input[data-row="${p.row + 1}"][data-col="${p.col}"]`);
          if (below) below.focus();
          else e.currentTarget.blur();
        }
      }}
    />
  );
}

"use client";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSiteLabels } from "@/components/ui/site-labels";
import type { FieldErrors } from "@/lib/errors";
import { translateDetail } from "@/lib/errors/detail-translations";
import type { Locale } from "@/lib/i18n/locales";
import { dealershipInputSchema, type DealershipStatus } from "@/lib/validation/dealership";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import type { DealershipView } from "@/db/queries/dealerships";
import type { SiteActions } from "./site-actions";

/** The form's values: strings where the planner types, as the inputs hold them. */
export interface SiteFormValues {
  brand: string;
  name: string;
  city: string;
  lat: number;
  lng: number;
  status: DealershipStatus;
  sales: boolean;
  service: boolean;
  parts: boolean;
  serviceBays: string;
  plannedQuarter: string;
  openedOn: string;
  notes: string;
}

export interface SiteFormProps {
  title: string;
  /** a line under the title, e.g. where a new site stands */
  hint?: string;
  editingId: number | null;
  initial: SiteFormValues;
  brands: { slug: string; name: string }[];
  cities: { slug: string; name: string }[];
  quarters: string[];
  onSaved: (site: DealershipView) => void;
  onCancel: () => void;
  /** the server actions that save the site, passed down from the page */
  actions: Pick<SiteActions, "createSite" | "updateSite">;
}

function Err({ errors, field }: { errors: FieldErrors; field: string }) {
  const list = errors[field];
  return list ? (
    <span className="field-error" role="alert" data-field-error={field}>
      {list.join("; ")}
    </span>
  ) : null;
}

/** Add or edit a dealership: validated in the browser, then again by the server action. */
export function SiteForm({ title, hint, editingId, initial, brands, cities, quarters, onSaved, onCancel, actions }: SiteFormProps) {
  const t = useTranslations("planner");
  const locale = useLocale();
  const labels = useSiteLabels();
  // the browser's own check speaks the schema's English: translated the way the server's answers are
  const inLanguage = (fields: FieldErrors): FieldErrors =>
    Object.fromEntries(Object.entries(fields).map(([f, list]) => [f, list.map((m) => translateDetail(m, locale as Locale))]));
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const set = <K extends keyof SiteFormValues>(k: K, value: SiteFormValues[K]) => setV((old) => ({ ...old, [k]: value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const payload = { ...v, plannedQuarter: v.plannedQuarter || null, openedOn: v.openedOn || null, notes: v.notes || null };
    const parsed = dealershipInputSchema.safeParse(payload);
    if (!parsed.success) {
      setErrors(inLanguage(fieldErrorsOf(parsed.error)));
      setFormError(t("form.fixFields"));
      return;
    }
    startTransition(async () => {
      const result = editingId === null ? await actions.createSite(payload) : await actions.updateSite(editingId, payload);
      if (result.ok) {
        setErrors({});
        onSaved(result.data);
      } else {
        setErrors(result.error.fields);
        setFormError(result.error.message);
      }
    });
  }

  return (
    <form className="site-form" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      {hint ? <p className="note" data-testid="site-form-hint">{hint}</p> : null}
      {formError ? <p className="field-error" role="alert">{formError}</p> : null}
      <label>
        {t("form.brand")}
        <select name="brand" value={v.brand} onChange={(e) => set("brand", e.target.value)}>
          {brands.map((b) => (
            <option key={b.slug} value={b.slug}>{b.name}</option>
          ))}
        </select>
        <Err errors={errors} field="brand" />
      </label>
      <label>
        {t("form.name")}
        <input name="name" value={v.name} onChange={(e) => set("name", e.target.value)} />
        <Err errors={errors} field="name" />
      </label>
      <label>
        {t("form.city")}
        <select name="city" value={v.city} onChange={(e) => set("city", e.target.value)}>
          {cities.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </select>
        <Err errors={errors} field="city" />
      </label>
      <div className="row">
        <label>
          {t("form.lat")}
          <input name="lat" type="number" step="0.0001" value={v.lat} onChange={(e) => set("lat", Number(e.target.value))} />
        </label>
        <label>
          {t("form.lng")}
          <input name="lng" type="number" step="0.0001" value={v.lng} onChange={(e) => set("lng", Number(e.target.value))} />
        </label>
      </div>
      <Err errors={errors} field="lat" />
      <fieldset className="row">
        <legend>{t("form.services")}</legend>
        <label className="check"><input type="checkbox" name="sales" checked={v.sales} onChange={(e) => set("sales", e.target.checked)} /> {t("form.sales")}</label>
        <label className="check"><input type="checkbox" name="service" checked={v.service} onChange={(e) => set("service", e.target.checked)} /> {t("form.service")}</label>
        <label className="check"><input type="checkbox" name="parts" checked={v.parts} onChange={(e) => set("parts", e.target.checked)} /> {t("form.parts")}</label>
      </fieldset>
      <Err errors={errors} field="service" />
      <label>
        {t("form.bays")}
        <input name="serviceBays" type="number" value={v.serviceBays} onChange={(e) => set("serviceBays", e.target.value)} />
        <Err errors={errors} field="serviceBays" />
      </label>
      <label>
        {t("form.status")}
        <select name="status" value={v.status} onChange={(e) => set("status", e.target.value as DealershipStatus)}>
          {(["planned", "under_construction", "open", "closed"] as const).map((s) => (
            <option key={s} value={s}>{labels.status(s)}</option>
          ))}
        </select>
      </label>
      <label>
        {t("form.quarter")}
        <select name="plannedQuarter" value={v.plannedQuarter} onChange={(e) => set("plannedQuarter", e.target.value)}>
          <option value="">{t("form.noQuarter")}</option>
          {quarters.map((q) => (
            <option key={q} value={q}>{q}</option>
          ))}
        </select>
        <Err errors={errors} field="plannedQuarter" />
      </label>
      {v.status === "open" ? (
        <label>
          {t("form.openedOn")}
          <input name="openedOn" type="date" value={v.openedOn} onChange={(e) => set("openedOn", e.target.value)} />
          <Err errors={errors} field="openedOn" />
        </label>
      ) : null}
      <label>
        {t("form.notes")}
        <textarea name="notes" rows={2} value={v.notes} onChange={(e) => set("notes", e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" disabled={pending}>{pending ? t("form.saving") : t("form.save")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}

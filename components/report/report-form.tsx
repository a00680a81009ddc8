import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/errors";
import { DEFAULT_THRESHOLD } from "@/lib/coverage/types";

/** The form's values as strings, exactly as they go into the URL. */
export interface ReportFormValues {
  brand: string;
  mode: string;
  threshold: string;
  year: string;
  includePlanned: boolean;
  until: string;
  vehiclesPerBay: string;
  /** the named scenario the report is of, kept across a resubmit */
  scenario?: string;
}

interface Props {
  values: ReportFormValues;
  brandOptions: { value: string; label: string }[];
  years: number[];
  quarters: string[];
  errors: FieldErrors;
}

function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  const messages = errors[name];
  return messages?.length ? (
    <span className="field-error" id={`report-${name}-error`}>
      {messages.join("; ")}
    </span>
  ) : null;
}

// keep a value from the URL selectable even when it is not one of the usual options, so the form shows what was asked
const withValue = (options: string[], value: string) => (value && !options.includes(value) ? [value, ...options] : options);

/**
 * The report's parameters as a plain GET form: submitting it changes the URL, so every report is a
 * link a planner can send. Works without JavaScript.
 */
export function ReportForm({ values, brandOptions, years, quarters, errors }: Props) {
  const t = useTranslations("report");
  const invalid = (name: string) => (errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `report-${name}-error` } : {});
  const brands = values.brand && !brandOptions.some((b) => b.value === values.brand) ? [{ value: values.brand, label: values.brand }, ...brandOptions] : brandOptions;
  return (
    <form method="get" action="/reports/coverage" className="report-form" aria-label={t("form.label")}>
      {values.scenario ? <input type="hidden" name="scenario" value={values.scenario} /> : null}
      <label>
        {t("form.brand")}
        <select name="brand" defaultValue={values.brand} {...invalid("brand")}>
          {brands.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="brand" />
      </label>
      <label>
        {t("form.travel")}
        <select name="mode" defaultValue={values.mode} {...invalid("mode")}>
          {withValue(["road", "straight"], values.mode).map((m) => (
            <option key={m} value={m}>
              {m === "road" ? t("form.road") : m === "straight" ? t("form.straight") : m}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="mode" />
      </label>
      <label>
        {t("form.threshold")}
        <input name="threshold" type="text" inputMode="decimal" size={6} defaultValue={values.threshold} placeholder={`${DEFAULT_THRESHOLD.road} / ${DEFAULT_THRESHOLD.straight}`} {...invalid("threshold")} />
        <FieldError errors={errors} name="threshold" />
      </label>
      <label>
        {t("form.year")}
        <select name="year" defaultValue={values.year} {...invalid("year")}>
          {withValue(years.map(String), values.year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="year" />
      </label>
      <label className="check">
        <input type="checkbox" name="includePlanned" value="true" defaultChecked={values.includePlanned} />
        {t("form.includePlanned")}
      </label>
      <label>
        {t("form.until")}
        <select name="until" defaultValue={values.until} {...invalid("until")}>
          <option value="">{t("form.allQuarters")}</option>
          {withValue(quarters, values.until).map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="until" />
      </label>
      <label>
        {t("form.perBay")}
        <input name="vehiclesPerBay" type="text" inputMode="numeric" size={5} defaultValue={values.vehiclesPerBay} {...invalid("vehiclesPerBay")} />
        <FieldError errors={errors} name="vehiclesPerBay" />
      </label>
      <button type="submit">{t("form.submit")}</button>
    </form>
  );
}

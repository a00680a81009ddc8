"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { formatDecimal, formatInt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { postWithProgress, type UploadProgress } from "./post-with-progress";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ImportResponse } from "./import-types";
import { ImportIssues, ImportPreview } from "./import-preview";
import styles from "./registry.module.css";
import { useHydrated } from "@/components/hooks/use-hydrated";

interface Props {
  kind: "vehicle-park" | "sales" | "dealerships";
  /** what the file must look like, shown above the picker */
  help: React.ReactNode;
  accept: string;
  example: string;
}

type Phase =
  | { step: "idle" }
  | { step: "busy"; what: string; dryRun: boolean; progress: UploadProgress | null }
  | { step: "answer"; response: ImportResponse; dryRun: boolean };

function formatOf(name: string, text: string): "csv" | "geojson" {
  return /\.(geo)?json$/i.test(name) || /^\s*\{/.test(text) ? "geojson" : "csv";
}

/**
 * Import in two steps: "Check" sends the file with dryRun=true and shows what would change (or every
 * bad line); "Import" sends the same text with dryRun=false. The server re-validates everything and
 * writes all rows in one transaction, or none.
 */
export function ImportPanel({ kind, help, accept, example }: Props) {
  const t = useTranslations("imports");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("pasted.csv");
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const hydrated = useHydrated();
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);

  async function send(dryRun: boolean) {
    const what = dryRun ? t("checking") : t("importing");
    setCancelled(false);
    setPhase({ step: "busy", what, dryRun, progress: null });
    const format = formatOf(fileName, text);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const res = await postWithProgress(
        `/api/import/${kind}?dryRun=${dryRun}&format=${format}`,
        text,
        { "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/geo+json" },
        (progress) => setPhase({ step: "busy", what, dryRun, progress }),
        abort.signal,
      );
      const response = res.json as ImportResponse;
      setPhase({ step: "answer", response, dryRun });
      if (response.ok && !response.dryRun) router.refresh();
    } catch (e) {
      if ((e as Error).name === "AbortError") {
        setCancelled(true);
        setPhase({ step: "idle" });
        return;
      }
      setPhase({ step: "answer", dryRun, response: { ok: false, error: { code: "internal", message: t("noAnswer"), fields: {} } } });
    } finally {
      controller.current = null;
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_IMPORT_BYTES) {
      setText("");
      const mb = formatDecimal(file.size / 1024 / 1024, 1, locale);
      setPhase({ step: "answer", dryRun: true, response: { ok: false, error: { code: "too_large", message: t("tooLarge", { mb }), fields: {} } } });
      return;
    }
    setText(await file.text());
    setPhase({ step: "idle" });
  }

  const answer = phase.step === "answer" ? phase.response : null;
  const preview = answer?.ok && answer.dryRun ? answer : null;
  const changes = preview ? preview.counts.new + preview.counts.updated : 0;
  return (
    <section
      className={styles.importBox}
      aria-label={kind === "vehicle-park" ? t("labelPark") : kind === "sales" ? t("labelSales") : t("labelDealerships")}
      data-hydrated={hydrated}
    >
      <div className="note">{help}</div>
      <label>
        {t("file")}
        <input type="file" accept={accept} onChange={(e) => pick(e.target.files?.[0])} data-testid="import-file" />
      </label>
      <label>
        {t("paste")}
        <textarea
          name="importText"
          rows={6}
          value={text}
          placeholder={example}
          onChange={(e) => {
            setText(e.target.value);
            setFileName("pasted.csv");
            setPhase({ step: "idle" });
          }}
        />
      </label>
      <div className={styles.toolbar}>
        <button type="button" disabled={!text.trim() || phase.step === "busy"} onClick={() => send(true)}>
          {t("check")}
        </button>
        {preview && changes > 0 ? (
          <button type="button" onClick={() => send(false)}>
            {t("importChanges", { count: changes })}
          </button>
        ) : null}
      </div>
      {phase.step === "busy" ? <ImportProgress phase={phase} onCancel={() => controller.current?.abort()} /> : null}
      {cancelled ? <p className="note" data-testid="import-cancelled">{t("cancelled")}</p> : null}
      <div role="status" aria-live="polite" data-testid="import-result">
        {answer && !answer.ok ? <ImportIssues error={answer.error.message} issues={answer.issues ?? []} /> : null}
        {preview ? <ImportPreview preview={preview} /> : null}
        {answer?.ok && !answer.dryRun ? (
          <p className={styles.message}>
            {t("imported", {
              created: formatInt(answer.counts.new, locale),
              updated: formatInt(answer.counts.updated, locale),
              unchanged: formatInt(answer.counts.unchanged, locale),
              count: answer.written,
              written: formatInt(answer.written, locale),
            })}
          </p>
        ) : null}
      </div>
    </section>
  );
}


/**
 * The upload's progress, then the server's work. A check can be cancelled at any time; an import only
 * while uploading: once the server has the file it writes every row in one transaction, or none.
 */
function ImportProgress({ phase, onCancel }: { phase: Extract<Phase, { step: "busy" }>; onCancel: () => void }) {
  const t = useTranslations("imports");
  const locale = useLocale() as Locale;
  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? t("mb", { n: formatDecimal(bytes / 1024 / 1024, 1, locale) }) : t("kb", { n: formatInt(Math.ceil(bytes / 1024), locale) });
  const p = phase.progress;
  const cancellable = phase.dryRun || !p?.uploaded;
  return (
    <div className="import-progress" role="group" aria-label={t("progress")}>
      {p && !p.uploaded ? (
        <>
          <progress max={p.totalBytes} value={p.sentBytes} aria-label={t("uploaded")} />
          <span>{t("uploading", { what: phase.what, sent: size(p.sentBytes), total: size(p.totalBytes) })}</span>
        </>
      ) : (
        <>
          <progress aria-label={t("working")} />
          <span>{phase.dryRun ? t("serverChecking", { what: phase.what }) : t("serverWriting", { what: phase.what })}</span>
        </>
      )}
      {cancellable ? (
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      ) : null}
    </div>
  );
}

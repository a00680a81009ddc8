"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";

/** A message to the planner: an error (stays until closed) or a success (fades after a few seconds). */
export interface NoticeMessage {
  kind: "error" | "success";
  text: string;
  /** optional actions beside the text, e.g. "Undo" or "Change its city" */
  actions?: { label: string; run: () => void }[];
  /** a question the planner must answer: does not fade */
  sticky?: boolean;
}

/**
 * One line of feedback, styled by kind: errors are announced at once (role="alert") and look like
 * errors; successes are polite (role="status"). Every screen uses this, so a refusal never shows green.
 */
export function Notice({ message, onClose, className }: { message: NoticeMessage | null; onClose?: () => void; className?: string }) {
  const t = useTranslations("common");
  if (!message) return null;
  const error = message.kind === "error";
  return (
    <div className={`notice notice-${message.kind}${className ? ` ${className}` : ""}`} role={error ? "alert" : "status"} data-kind={message.kind}>
      <span className="notice-text">{message.text}</span>
      {(message.actions ?? []).map((a) => (
        <button key={a.label} type="button" className="notice-action" onClick={a.run}>
          {a.label}
        </button>
      ))}
      {onClose ? (
        <button type="button" className="notice-close" aria-label={t("dismissMessage")} onClick={onClose}>
          ×
        </button>
      ) : null}
    </div>
  );
}

const SUCCESS_MS = 6000;
const ACTION_MS = 10000;

/** The current notice and a setter; successes clear themselves, errors wait for the planner. */
export function useNotice() {
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const show = useCallback((m: NoticeMessage | null) => {
    if (timer.current) clearTimeout(timer.current);
    setMessage(m);
    if (m && m.kind === "success" && !m.sticky) timer.current = setTimeout(() => setMessage(null), m.actions?.length ? ACTION_MS : SUCCESS_MS);
  }, []);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return { message, show, clear: () => show(null) };
}

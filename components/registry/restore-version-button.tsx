"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Notice, useNotice } from "@/components/ui/notice";
import { firstMessage, type ActionResult } from "@/lib/errors";

type Restore = (siteId: number, auditId: number) => Promise<ActionResult<unknown>>;

/** "Restore this version": puts the site back to what one history entry recorded (itself audited). */
export function RestoreVersionButton({ siteId, auditId, when, restore }: { siteId: number; auditId: number; when: string; restore: Restore }) {
  const t = useTranslations("history");
  const router = useRouter();
  const notice = useNotice();
  const [pending, startTransition] = useTransition();
  return (
    <span className="restore-version">
      <button
        type="button"
        className="secondary"
        disabled={pending}
        aria-label={t("restore.label", { when })}
        onClick={() => {
          if (!window.confirm(t("restore.confirm", { when }))) return;
          startTransition(async () => {
            const result = await restore(siteId, auditId);
            notice.show(result.ok ? { kind: "success", text: t("restore.done", { when }) } : { kind: "error", text: t("restore.failed", { reason: firstMessage(result.error) }) });
            if (result.ok) router.refresh();
          });
        }}
      >
        {t("restore.button")}
      </button>
      <Notice message={notice.message} />
    </span>
  );
}

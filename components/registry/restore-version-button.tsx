"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Notice, useNotice } from "@/components/ui/notice";
import { firstMessage, type ActionResult } from "@/lib/errors";

type Restore = (siteId: number, auditId: number) => Promise<ActionResult<unknown>>;

/** "Restore this version": puts the site back to what one history entry recorded (itself audited). */
export function RestoreVersionButton({ siteId, auditId, when, restore }: { siteId: number; auditId: number; when: string; restore: Restore }) {
  const router = useRouter();
  const notice = useNotice();
  const [pending, startTransition] = useTransition();
  return (
    <span className="restore-version">
      <button
        type="button"
        className="secondary"
        disabled={pending}
        aria-label={`Restore the version of ${when}`}
        onClick={() => {
          if (!window.confirm(`Put the site back to its version of ${when}? The change is recorded in the history.`)) return;
          startTransition(async () => {
            const result = await restore(siteId, auditId);
            notice.show(result.ok ? { kind: "success", text: `Restored the version of ${when}.` } : { kind: "error", text: `Not restored: ${firstMessage(result.error)}` });
            if (result.ok) router.refresh();
          });
        }}
      >
        Restore this version
      </button>
      <Notice message={notice.message} />
    </span>
  );
}

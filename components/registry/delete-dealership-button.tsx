"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { SiteActions } from "@/components/planner/site-actions";

/** Deletes a site after a confirmation; goes back to the list (or refreshes it) when done. */
export function DeleteDealershipButton({ id, name, redirectTo, deleteSite }: { id: number; name: string; redirectTo?: string; deleteSite: SiteActions["deleteSite"] }) {
  const t = useTranslations("dealerships");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        data-needs="edit"
        className="danger"
        disabled={pending}
        aria-label={t("delete.label", { name })}
        onClick={() => {
          if (!window.confirm(t("delete.confirm", { name }))) return;
          startTransition(async () => {
            const result = await deleteSite(id);
            if (!result.ok) return setError(result.error.message);
            if (redirectTo) router.push(redirectTo);
            router.refresh();
          });
        }}
      >
        {pending ? t("delete.pending") : t("delete.button")}
      </button>
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { SiteActions } from "@/components/planner/site-actions";

/** Deletes a site after a confirmation; goes back to the list (or refreshes it) when done. */
export function DeleteDealershipButton({ id, name, redirectTo, deleteSite }: { id: number; name: string; redirectTo?: string; deleteSite: SiteActions["deleteSite"] }) {
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
        aria-label={`Delete ${name}`}
        onClick={() => {
          if (!window.confirm(`Delete ${name}? The audit log keeps its last state.`)) return;
          startTransition(async () => {
            const result = await deleteSite(id);
            if (!result.ok) return setError(result.error.message);
            if (redirectTo) router.push(redirectTo);
            router.refresh();
          });
        }}
      >
        {pending ? "Deleting…" : "Delete"}
      </button>
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </>
  );
}

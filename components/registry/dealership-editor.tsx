"use client";
import { useRouter } from "next/navigation";
import { SiteForm, type SiteFormProps } from "@/components/planner/site-form";
import { useHydrated } from "@/components/hooks/use-hydrated";

type Props = Omit<SiteFormProps, "onSaved" | "onCancel"> & {
  /** where Cancel goes */
  backHref: string;
};

/** The map's site form on its own page: after saving, go to the site's page. */
export function DealershipEditor({ backHref, ...props }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  return (
    <div style={{ maxWidth: "32rem" }} data-testid="dealership-editor" data-hydrated={hydrated}>
      <SiteForm
        {...props}
        onSaved={(site) => {
          router.push(`/dealerships/${site.id}?saved=1`);
          router.refresh();
        }}
        onCancel={() => router.push(backHref)}
      />
    </div>
  );
}

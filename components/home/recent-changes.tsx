import Link from "next/link";
import type { AuditEntry } from "@/db/schema";

type Snapshot = { id?: number; name?: string; brand?: string; brandName?: string; city?: string; cityName?: string; year?: number; vehicles?: number } | null;

const VERB: Record<AuditEntry["action"], string> = { create: "added", update: "changed", delete: "deleted" };

function describe(e: AuditEntry): { what: React.ReactNode; brand: string | undefined } {
  const s = ((e.after ?? e.before) as Snapshot) ?? {};
  if (e.entity === "dealership") {
    const name = s.name ?? `site ${e.entityId}`;
    return { what: e.action === "delete" ? name : <Link href={`/dealerships/${e.entityId}`}>{name}</Link>, brand: s.brand };
  }
  // a brand's sales-model settings (target sales per outlet, strength)
  if (e.entity === "brand") return { what: `sales settings of ${s.brand ?? "?"}`, brand: s.brand };
  const table = e.entity === "sales" ? "sales" : "vehicle park";
  return { what: `${table}: ${s.brandName ?? s.brand ?? "?"} in ${s.cityName ?? s.city ?? "?"}, ${s.year ?? ""}`, brand: s.brand };
}

/** The latest changes of the selected brands, with who made them and when. */
export function RecentChanges({ entries, brandSlugs }: { entries: AuditEntry[]; brandSlugs: readonly string[] }) {
  const mine = entries.map((e) => ({ e, ...describe(e) })).filter((x) => !x.brand || brandSlugs.includes(x.brand)).slice(0, 8);
  if (mine.length === 0) return <p className="muted">No recorded changes yet.</p>;
  return (
    <ol className="recent-changes" aria-label="Recent changes">
      {mine.map(({ e, what }) => (
        <li key={e.id}>
          <span className="muted">{e.at.slice(0, 16).replace("T", " ")} UTC</span> · <b>{e.actor}</b> {VERB[e.action]} {what}
        </li>
      ))}
    </ol>
  );
}

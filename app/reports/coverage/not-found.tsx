"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";

/** 404 for a report on a brand the database does not know; names the brand that was asked for. */
export default function ReportNotFound() {
  const brand = useSearchParams().get("brand");
  return (
    <div className="coverage-report" role="alert">
      <h1>Brand not found</h1>
      <p>
        {brand ? (
          <>
            There is no brand or manufacturer group <code>{brand}</code> (parameter <code>brand</code>).
          </>
        ) : (
          <>The brand in the parameter <code>brand</code> does not exist.</>
        )}{" "}
        Use a brand slug such as <code>haval</code> or a group such as <code>great-wall</code>.
      </p>
      <p>
        <Link href="/reports/coverage?brand=great-wall">Open the Great Wall coverage report</Link>
      </p>
    </div>
  );
}

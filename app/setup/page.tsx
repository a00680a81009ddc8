import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { countUsers } from "@/db/queries/users";
import { SetupForm } from "@/components/auth/setup-form";
import { createFirstAdminAction } from "./actions";

export const dynamic = "force-dynamic";

/** First run only: proxy.ts leads every page here while no user exists, and away once one does. */
export default function SetupPage() {
  if (countUsers(getDb()) > 0) notFound();
  return <SetupForm action={createFirstAdminAction} />;
}

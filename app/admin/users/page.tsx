import { notFound } from "next/navigation";
import { titled } from "@/app/_lib/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import { UserAdmin } from "@/components/auth/user-admin";
import { pageContext } from "@/app/_lib/request-context";
import { addUserAction, revokeTokensAction, setDisabledAction, setRoleAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return titled(t("users"));
}

export default async function UsersPage() {
  const ctx = await pageContext();
  // a page that is not there for anyone but admins (the actions check again: 403)
  if (!ctx || !can(ctx.role, "manage_users")) notFound();
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const users = listUsers(getDb()).map((u) => ({ ...u, createdAt: format.dateTime(u.createdAt, { dateStyle: "medium" }) }));
  return (
    <>
      <h1>{t("title")}</h1>
      <UserAdmin
        users={users}
        selfId={ctx.userId ?? ""}
        actions={{ addUser: addUserAction, setRole: setRoleAction, setDisabled: setDisabledAction, revokeTokens: revokeTokensAction }}
      />
      <p className="note">{t.rich("rolesNote", { code: (chunks) => <code>{chunks}</code> })}</p>
    </>
  );
}

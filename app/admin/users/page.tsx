import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import { UserAdmin } from "@/components/auth/user-admin";
import { pageContext } from "@/app/_lib/request-context";
import { addUserAction, revokeTokensAction, setDisabledAction, setRoleAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const ctx = await pageContext();
  // a page that is not there for anyone but admins (the actions check again: 403)
  if (!ctx || !can(ctx.role, "manage_users")) notFound();
  const users = listUsers(getDb()).map((u) => ({ ...u, createdAt: u.createdAt.toISOString().slice(0, 10) }));
  return (
    <>
      <h1>Users</h1>
      <UserAdmin
        users={users}
        selfId={ctx.userId ?? ""}
        actions={{ addUser: addUserAction, setRole: setRoleAction, setDisabled: setDisabledAction, revokeTokens: revokeTokensAction }}
      />
      <p className="note">
        Viewers read and export; planners also edit the network, the vehicle park, sales and scenarios and run the exact
        solver; admins also manage users. API tokens are made with <code>npm run users -- token --email E</code>.
      </p>
    </>
  );
}

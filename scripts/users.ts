// `npm run users -- <command>`: manage accounts on DATABASE_PATH (default data/planner.db), which
// is created, migrated and seeded first if needed.
//   add --email E --password P --role viewer|planner|admin
//   token --email E        prints a new API token as the last line (only its hash is stored)
//   revoke-tokens --email E
//   list
//   disable --email E      (enable --email E undoes it)
import { migrateDatabase, openDatabase, type Db } from "../db/connection";
import { seedDatabase } from "../db/seed/seed";
import { createApiToken, createUser, findUserByEmail, listUsers, revokeApiTokens, setUserDisabled } from "../db/queries/users";
import { parseRole } from "../lib/auth/permissions";
import { AppError } from "../lib/errors";

const USAGE = `usage: npm run users -- add --email E --password P --role viewer|planner|admin
       npm run users -- token --email E
       npm run users -- revoke-tokens --email E
       npm run users -- list
       npm run users -- disable --email E
       npm run users -- enable --email E`;

class UsageError extends Error {}

function option(args: string[], name: string): string {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (value === undefined || value.startsWith("--")) throw new UsageError(`missing --${name}`);
  return value;
}

function userId(db: Db, email: string): string {
  const user = findUserByEmail(db, email);
  if (!user) throw new UsageError(`no user with the email ${email}`);
  return user.id;
}

async function run(db: Db, [command, ...args]: string[]): Promise<void> {
  switch (command) {
    case "add": {
      const role = parseRole(option(args, "role"));
      if (!role) throw new UsageError("--role must be viewer, planner or admin");
      const user = await createUser(db, { email: option(args, "email"), password: option(args, "password"), role });
      console.log(`added ${user.email} (${user.role})`);
      return;
    }
    case "token": {
      const email = option(args, "email");
      const token = createApiToken(db, userId(db, email));
      console.log(`new API token for ${email} (shown once; send it as "Authorization: Bearer <token>"):`);
      console.log(token);
      return;
    }
    case "revoke-tokens": {
      const email = option(args, "email");
      console.log(`revoked ${revokeApiTokens(db, userId(db, email))} token(s) of ${email}`);
      return;
    }
    case "list": {
      const rows = listUsers(db);
      if (rows.length === 0) console.log("no users yet: open /setup or run `npm run users -- add ...`");
      for (const u of rows) console.log(`${u.email}\t${u.role}\t${u.disabled ? "disabled" : "active"}\t${u.activeTokens} token(s)`);
      return;
    }
    case "disable":
    case "enable": {
      const email = option(args, "email");
      setUserDisabled(db, userId(db, email), command === "disable");
      console.log(`${command}d ${email}`);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : "missing command");
  }
}

async function main(): Promise<number> {
  const db = openDatabase(process.env.DATABASE_PATH ?? "data/planner.db");
  try {
    migrateDatabase(db);
    seedDatabase(db);
    await run(db, process.argv.slice(2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof AppError) console.error(Object.values(error.fields)[0]?.[0] ?? error.message);
    else throw error;
    return 1;
  } finally {
    db.$client.close();
  }
}

main().then((code) => process.exit(code));

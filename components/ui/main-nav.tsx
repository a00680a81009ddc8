"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The main navigation: a row of links on a wide screen, a menu button on a phone; "Users" for admins. */
export function MainNav({ showUsers = false }: { showUsers?: boolean }) {
  const t = useTranslations("nav");
  const path = usePathname();
  // literal keys, so the catalogue test (i18n/catalogues.test.ts) sees each one used
  const links = [
    { href: "/", label: t("home") },
    { href: "/map", label: t("map") },
    { href: "/network", label: t("network") },
    { href: "/dealerships", label: t("dealerships") },
    { href: "/vehicle-park", label: t("vehiclePark") },
    { href: "/reports/coverage", label: t("coverageReport") },
    { href: "/scenarios", label: t("scenarios") },
  ];
  // the menu is open on the page it was opened on: a followed link closes it
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  return (
    <>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="main-nav"
        aria-label={t("menu")}
        onClick={() => setOpenOn(open ? null : path)}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <nav id="main-nav" aria-label={t("main")} className={open ? "is-open" : undefined}>
        {(showUsers ? [...links, { href: "/admin/users", label: t("users") }] : links).map((l) => (
          <Link key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      </nav>
    </>
  );
}

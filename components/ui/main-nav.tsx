"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

const LINKS = [
  { href: "/", label: "Home" },
  { href: "/map", label: "Map" },
  { href: "/network", label: "Network" },
  { href: "/dealerships", label: "Dealerships" },
  { href: "/vehicle-park", label: "Vehicle park" },
  { href: "/sales", label: "Sales" },
  { href: "/reports/coverage", label: "Coverage report" },
  { href: "/scenarios", label: "Scenarios" },
];

/** The main navigation: a row of links on a wide screen, a menu button on a phone; "Users" for admins. */
export function MainNav({ showUsers = false }: { showUsers?: boolean }) {
  const path = usePathname();
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
        aria-label="Menu"
        onClick={() => setOpenOn(open ? null : path)}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <nav id="main-nav" aria-label="Main" className={open ? "is-open" : undefined}>
        {(showUsers ? [...LINKS, { href: "/admin/users", label: "Users" }] : LINKS).map((l) => (
          <Link key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      </nav>
    </>
  );
}

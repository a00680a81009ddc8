"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { LOCALE_NAMES, LOCALE_SHORT, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The header's language menu: a disclosure (details/summary, so Enter/Space open it and Tab walks
 * its buttons) with each language named in itself. `choose` is the server action that sets the
 * cookie and the profile (app/_lib/language-action.ts), passed in by the layout.
 */
export function LanguageSwitcher({ choose }: { choose: (locale: string) => Promise<ActionResult<Locale>> }) {
  const t = useTranslations("nav");
  const current = useLocale() as Locale;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className="lang-switcher" ref={menu} data-testid="language-switcher">
      <summary aria-label={t("languageCurrent", { language: LOCALE_NAMES[current] })}>
        {/* a drawn globe: an emoji needs a colour-emoji font that many machines lack */}
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3">
          <circle cx="8" cy="8" r="6.5" />
          <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
          <path d="M1.5 8h13M2.5 4.8h11M2.5 11.2h11" />
        </svg>{" "}
        {LOCALE_SHORT[current]}
      </summary>
      <ul role="list" aria-label={t("language")}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await choose(locale);
                  if (menu.current) menu.current.open = false;
                  if (result.ok) router.refresh();
                })
              }
            >
              {LOCALE_NAMES[locale]}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

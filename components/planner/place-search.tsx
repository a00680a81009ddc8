"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

export interface SearchablePlace {
  slug: string;
  name: string;
  /** other spellings the planner may type: Russian, Kazakh */
  aliases: string[];
  lat: number;
  lng: number;
}

const fold = (s: string) => s.trim().toLocaleLowerCase().replace(/ё/g, "е");

/** The places whose name (in any language) starts with, then contains, the text. */
export function matchPlaces(places: readonly SearchablePlace[], text: string, limit = 8): SearchablePlace[] {
  const needle = fold(text);
  if (!needle) return [];
  const names = (p: SearchablePlace) => [p.name, ...p.aliases].map(fold);
  const starts = places.filter((p) => names(p).some((n) => n.startsWith(needle)));
  const contains = places.filter((p) => !starts.includes(p) && names(p).some((n) => n.includes(needle)));
  return [...starts, ...contains].slice(0, limit);
}

/** "Find a place": type a name in English, Russian, Kazakh or Chinese, pick it, and the map flies there. */
export function PlaceSearch({ places, onPick }: { places: readonly SearchablePlace[]; onPick: (p: SearchablePlace) => void }) {
  const t = useTranslations("planner");
  const [text, setText] = useState("");
  const [notFound, setNotFound] = useState(false);
  const matches = matchPlaces(places, text);
  const pick = (p: SearchablePlace) => {
    setText(p.name);
    setNotFound(false);
    onPick(p);
  };
  return (
    <form
      role="search"
      aria-label={t("search.label")}
      className="place-search"
      onSubmit={(e) => {
        e.preventDefault();
        if (matches[0]) pick(matches[0]);
        else setNotFound(true);
      }}
    >
      <label>
        {t("search.label")}
        <input
          type="search"
          list="place-search-options"
          value={text}
          placeholder={t("search.placeholder")}
          onChange={(e) => {
            setText(e.target.value);
            setNotFound(false);
            const exact = places.find((p) => [p.name, ...p.aliases].some((n) => fold(n) === fold(e.target.value)));
            // choosing from the list fills the box with an exact name: fly at once
            if (exact && (e.nativeEvent as InputEvent).inputType !== "insertText") pick(exact);
          }}
        />
      </label>
      <datalist id="place-search-options">
        {matches.map((p) => (
          <option key={p.slug} value={p.name}>
            {p.aliases.join(" · ")}
          </option>
        ))}
      </datalist>
      <button type="submit" className="secondary">{t("search.go")}</button>
      {notFound ? <p className="field-error" role="alert">{t("search.notFound", { text })}</p> : null}
    </form>
  );
}

interface PickerBrand {
  slug: string;
  name: string;
  manufacturer: string;
  manufacturerSlug: string;
  /** a rival brand modelled for the sales model: not one of the brands whose after-sales network is planned */
  competitor?: boolean;
}

/**
 * Options for a brand picker: each manufacturer group with several brands ("all brands"), then its brands.
 * Competitors are left out unless asked for: coverage, the vehicle park and suggestions plan "our"
 * brands' networks, while the registry and the sales views also show the rivals. `allBrandsWord` is "all
 * brands" in the reader's language.
 */
export function brandOptions(brands: PickerBrand[], options: { competitors?: boolean; allBrandsWord?: string } = {}) {
  const allBrandsWord = options.allBrandsWord ?? "all brands";
  const groups = new Map<string, { manufacturer: string; brands: { slug: string; name: string }[] }>();
  for (const b of brands) {
    if (b.competitor && !options.competitors) continue;
    const g = groups.get(b.manufacturerSlug) ?? { manufacturer: b.manufacturer, brands: [] };
    g.brands.push(b);
    groups.set(b.manufacturerSlug, g);
  }
  const out: { value: string; label: string }[] = [];
  for (const [slug, g] of groups) {
    if (g.brands.length > 1) {
      out.push({ value: slug, label: `${g.manufacturer}: ${allBrandsWord} (${g.brands.map((b) => b.name).join(", ")})` });
      for (const b of g.brands) out.push({ value: b.slug, label: `  ${b.name}` });
    } else {
      out.push({ value: g.brands[0].slug, label: g.brands[0].name });
    }
  }
  return out;
}

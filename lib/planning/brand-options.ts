/** Options for a brand picker: each manufacturer group with several brands ("all brands"), then its brands. */
export function brandOptions(brands: { slug: string; name: string; manufacturer: string; manufacturerSlug: string }[], allBrandsWord = "all brands") {
  const groups = new Map<string, { manufacturer: string; brands: { slug: string; name: string }[] }>();
  for (const b of brands) {
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

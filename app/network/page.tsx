import { getDb } from "@/db/client";
import { listCities } from "@/db/queries/cities";
import { listDealerships } from "@/db/queries/dealerships";
import { listBrands } from "@/db/queries/brands";
import { listVehicleParkYears, vehicleParkTotalsByCityAndManufacturer } from "@/db/queries/vehicle-park";
import { summariseByManufacturer } from "@/lib/network/summary";
import { NetworkSiteTable } from "@/components/network/network-site-table";

export const dynamic = "force-dynamic";

const fmt = new Intl.NumberFormat("en-US");

export default async function NetworkPage() {
  const db = getDb();
  const sites = listDealerships(db);
  const summary = summariseByManufacturer(sites);
  const years = listVehicleParkYears(db);
  const year = years.at(-1);
  const cityList = listCities(db);
  // competitors have no vehicle park (they are modelled for the sales model only): no empty columns for them
  const manufacturers = [...new Map(listBrands(db).filter((b) => !b.competitor).map((b) => [b.manufacturerSlug, b.manufacturer])).entries()];
  const park = year ? vehicleParkTotalsByCityAndManufacturer(db, { year }) : new Map<number, Map<string, number>>();

  return (
    <>
      <h1>Dealer and service network</h1>
      <p className="note">
        Every brand&apos;s sites by status, and the vehicle park (vehicles on the road) per city. Only sites that
        offer service cover after-sales demand. Networks other than Great Wall&apos;s, Li Auto&apos;s first service
        centre and their vehicle-park figures are illustrative estimates; see the README for sources.
      </p>

      <table aria-label="Sites by manufacturer and status">
        <caption>Sites by manufacturer and status</caption>
        <thead>
          <tr>
            <th>Manufacturer</th>
            <th className="num">Open</th>
            <th className="num">Cities with an open site</th>
            <th className="num">Planned</th>
            <th className="num">Under construction</th>
            <th className="num">Closed</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((m) => (
            <tr key={m.manufacturerSlug} data-manufacturer={m.manufacturerSlug}>
              <th scope="row">{m.manufacturer}</th>
              <td className="num" data-col="open">{m.counts.open}</td>
              <td className="num" data-col="open-cities">{m.openCities}</td>
              <td className="num" data-col="planned">{m.counts.planned}</td>
              <td className="num" data-col="under_construction">{m.counts.under_construction}</td>
              <td className="num" data-col="closed">{m.counts.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>All sites</h2>
      <NetworkSiteTable sites={sites} />

      <h2>Vehicle park by town and city{year ? `, ${year}` : ""}</h2>
      <p className="note">Vehicles in operation per manufacturer group (derived estimates, see README); villages and district rests are in the coverage views.</p>
      <table aria-label="Vehicle park by city">
        <thead>
          <tr>
            <th>City</th>
            <th>Region</th>
            <th className="num">Population</th>
            {manufacturers.map(([slug, name]) => (
              <th key={slug} className="num">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cityList.map((c) => (
            <tr key={c.id} data-city={c.slug}>
              <th scope="row">
                {c.nameEn} <span className="muted">({c.nameRu})</span>
              </th>
              <td>{c.regionName}</td>
              <td className="num">
                {fmt.format(c.population)}
                {c.populationIsEstimate ? "*" : ""}
              </td>
              {manufacturers.map(([slug]) => (
                <td key={slug} className="num">{fmt.format(park.get(c.id)?.get(slug) ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">* population is an estimate (below the published 50,000 threshold).</p>
    </>
  );
}

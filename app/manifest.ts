import type { MetadataRoute } from "next";

/** The web app manifest (served at /manifest.webmanifest): name, colours and icons for an installed app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "KZ Network Planner",
    short_name: "KZ Planner",
    description: "Dealer and after-sales network planner for Chinese automakers in Kazakhstan",
    start_url: "/map",
    display: "standalone",
    background_color: "#f6f8fa",
    theme_color: "#12324f",
    icons: [
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}

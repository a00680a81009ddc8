import { describe, expect, it } from "vitest";
import { LruCache, stableKey } from "./lru";

describe("LruCache", () => {
  it("keeps at most maxEntries, dropping the one unused the longest", () => {
    const lru = new LruCache<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // "a" is now the most recently used
    lru.set("c", 3);
    expect(lru.size).toBe(2);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
  });

  it("overwrites a key without growing", () => {
    const lru = new LruCache<string, number>(2);
    lru.set("a", 1);
    lru.set("a", 5);
    expect(lru.size).toBe(1);
    expect(lru.get("a")).toBe(5);
  });

  it("refuses a size that cannot hold anything", () => {
    expect(() => new LruCache(0)).toThrow(/maxEntries/);
  });
});

describe("stableKey", () => {
  it("is the same whatever the property order, and differs when a value differs", () => {
    expect(stableKey({ brand: "chery", mode: "road", until: undefined })).toBe(stableKey({ mode: "road", brand: "chery" }));
    expect(stableKey({ brand: "chery", threshold: 120 })).not.toBe(stableKey({ brand: "chery", threshold: 90 }));
    expect(stableKey({ a: { y: 1, x: 2 } })).toBe(stableKey({ a: { x: 2, y: 1 } }));
  });
});

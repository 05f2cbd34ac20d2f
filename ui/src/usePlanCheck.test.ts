import { describe, expect, it } from "vitest";

import { keepUnchanged } from "./usePlanCheck";

describe("keepUnchanged", () => {
  const a = { positionId: "p1", payrollCost: "100.00" };
  const b = { positionId: "p2", payrollCost: "200.00" };

  it("keeps the earlier object for an item that equals it field by field", () => {
    const next = [{ ...a }, { ...b, payrollCost: "250.00" }];
    const kept = keepUnchanged([a, b], next);
    expect(kept[0]).toBe(a);
    expect(kept[1]).toBe(next[1]);
    expect(kept[1]).toEqual({ positionId: "p2", payrollCost: "250.00" });
  });

  it("takes new items, and items whose fields differ in number, as they come", () => {
    const wider = { ...a, extra: "x" };
    const kept = keepUnchanged([a], [wider, { ...b }]);
    expect(kept[0]).toBe(wider);
    expect(kept[1]).toEqual(b);
    expect(kept[1]).not.toBe(b);
  });

  it("compares by place: a removed post shifts the rest, which are then new", () => {
    const kept = keepUnchanged([a, b], [{ ...b }]);
    expect(kept).toHaveLength(1);
    expect(kept[0]).not.toBe(b);
    expect(kept[0]).toEqual(b);
  });
});

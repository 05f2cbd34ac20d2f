import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { FIRST_ITEMS, firstWhileOpening, useOpening } from "./useOpening";

function List({ count }: { count: number }) {
  const opening = useOpening();
  const items = Array.from({ length: count }, (_, i) => i);
  return (
    <ul>
      {firstWhileOpening(items, opening).map((i) => (
        <li key={i}>Stilling {i + 1}</li>
      ))}
    </ul>
  );
}

describe("a long list in a step that opens", () => {
  it("shows the first items in the first frame and all of them right after", async () => {
    render(<List count={50} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(FIRST_ITEMS);
    expect((await screen.findByText("Stilling 50")).tagName).toBe("LI");
    expect(screen.getAllByRole("listitem")).toHaveLength(50);
  });

  it("shows a short list whole at once", () => {
    render(<List count={FIRST_ITEMS} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(FIRST_ITEMS);
  });

  it("keeps the order and the items' places", () => {
    expect(firstWhileOpening([1, 2, 3, 4], true, 2)).toEqual([1, 2]);
    expect(firstWhileOpening([1, 2, 3, 4], false, 2)).toEqual([1, 2, 3, 4]);
  });

  it("stops waiting when the step is closed before its first frame", () => {
    const { unmount } = render(<List count={50} />);
    act(() => {
      unmount();
    });
    expect(screen.queryByRole("listitem")).toBeNull();
  });
});

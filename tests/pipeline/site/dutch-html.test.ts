import { describe, expect, it } from "vitest";
import { withDutchLang } from "../../../pipeline/site/dutch-html.ts";

describe("withDutchLang(html)", () => {
  it("adds lang=nl to a bare <html>", () => {
    expect(withDutchLang("<!DOCTYPE html>\n<html>\n<head>")).toBe(
      '<!DOCTYPE html>\n<html lang="nl">\n<head>',
    );
  });

  it("leaves a page that already names its language alone", () => {
    expect(withDutchLang('<html lang="en">')).toBe('<html lang="en">');
  });
});

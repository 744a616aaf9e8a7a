/** The page with `<html lang="nl">`: Framework writes a bare `<html>`, and the site is Dutch. */
export function withDutchLang(html: string): string {
  return html.replace(/<html(?![^>]*\blang=)([^>]*)>/i, '<html lang="nl"$1>');
}

/** The URL with any password replaced by `***`, safe to print or log. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    for (const key of [...parsed.searchParams.keys()]) {
      if (key.toLowerCase() === "password") parsed.searchParams.set(key, "***");
    }
    return parsed.toString();
  } catch {
    // Not a URL (e.g. a libpq key=value string): mask what looks like a password anyway.
    return url
      .replace(/(\/\/[^/:@]*:)[^@]*@/, "$1***@")
      .replace(/(password\s*=\s*)('[^']*'|\S+)/gi, "$1***");
  }
}

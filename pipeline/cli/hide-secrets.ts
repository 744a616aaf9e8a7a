import { hidePassword } from "../../warehouse/hide-password.ts";
import { databaseUrlVariables } from "./store-options.ts";

/**
 * The text with the password of every database URL in the environment hidden: the last line of
 * defence before stderr, for messages and stack traces the commands did not word themselves.
 */
export function hideSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let safe = text;
  for (const variable of databaseUrlVariables) {
    const url = env[variable]?.trim();
    if (url) safe = hidePassword(safe, url);
  }
  return safe;
}

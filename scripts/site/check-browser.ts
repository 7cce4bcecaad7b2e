// Starts and stops the browser the docs build and the site's tests use, and says which it is.
// Exits non-zero, naming the command that installs one, when none starts; .ci/run then installs
// Debian's chromium.
import { installBrowserHint, launchBrowser } from "./launch-browser";

try {
  const launched = await launchBrowser();
  console.log(
    `browser: ${launched.version} (${launched.found.source}: ${launched.found.executablePath})`,
  );
  await launched.close();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    message.includes(installBrowserHint)
      ? message
      : `${message}. Install a browser: ${installBrowserHint}`,
  );
  process.exitCode = 1;
}

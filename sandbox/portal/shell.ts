// The one HTML shell every /app/… path gets: the client app renders the page into it.
import { BOOT_GLOBAL, type BootConfig } from './boot';
import { HTML_LANG, UI } from './labels';
import { stylesheet } from './styles';

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function shellHtml(boot: BootConfig, bundlePath: string): string {
  const title = UI.pageTitle[boot.lang];
  return `<!doctype html>
<html lang="${HTML_LANG[boot.lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${stylesheet(boot.classes)}</style>
</head>
<body>
<div class="${boot.classes.app}"></div>
<script>window.${BOOT_GLOBAL}=${scriptJson(boot)};</script>
<script src="${bundlePath}"></script>
</body>
</html>
`;
}

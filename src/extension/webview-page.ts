import * as vscode from 'vscode';

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface WebviewPage {
  title: string;
  /** Stylesheets and the one script, as paths under media/. */
  styles: string[][];
  script: string;
  /** The id of the <main> element the script fills. */
  main: string;
  /** Inline `style` attributes, which a charting library sets on its canvases; never inline scripts. */
  inlineStyles?: boolean;
}

/**
 * A webview page that loads only from media/, runs only the script with this
 * load's nonce and has no inline handlers. All data arrives later as messages.
 */
export function webviewPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const media = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', ...p)).toString();
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}${page.inlineStyles ? " 'unsafe-inline'" : ''}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  const lang = vscode.env.language.startsWith('ko') ? 'ko' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.styles.map((s) => `<link rel="stylesheet" href="${media(...s)}">`).join('\n')}
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main id="${page.main}" aria-live="polite"></main>
<script nonce="${n}" src="${media(page.script)}"></script>
</body>
</html>`;
}

import type { Insights } from './compute.js';

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators that end a JS string. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Our own bundle inlined: a literal `</script` in it would end the element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

export interface ReportAssets {
  /** The page's script (media/insights.js). */
  script: string;
  /** Its stylesheet (media/insights.css). */
  css: string;
}

/**
 * The insights as one self-contained HTML file (a CI artifact, a static
 * site): data as JSON, the page's script and style inline, nothing loaded
 * from anywhere, and a policy that allows nothing else.
 */
export function insightsHtml(insights: Insights, language: 'en' | 'ko', assets: ReportAssets): string {
  const title = language === 'ko' ? '장애 인사이트' : 'Incident insights';
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${title} (${insights.today})</title>`,
    `<style>${assets.css.replace(/<\/(style)/gi, '<\\/$1')}</style>`,
    '</head>',
    '<body>',
    '<main id="insights"></main>',
    `<script type="application/json" id="insights-data">${scriptJson({ insights, language })}</script>`,
    `<script>${inlineScript(assets.script)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

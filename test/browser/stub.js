// Stands in for the VS Code webview host: records what the board posts and
// keeps its view state; also records any CSP violation the page causes.
window.__posted = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
(() => {
  let state;
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => state,
    setState: (s) => {
      state = s;
      window.__state = JSON.parse(JSON.stringify(s));
    },
  });
})();

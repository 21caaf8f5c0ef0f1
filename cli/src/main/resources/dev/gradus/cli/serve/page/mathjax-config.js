// MathJax reads this before it loads: typeset only when asked (app.js does, step by step).
window.MathJax = {
  startup: { typeset: false },
  svg: { fontCache: 'global' }
};

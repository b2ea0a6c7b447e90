// Runs before the first paint of a pre-rendered page (a classic script in <head>; see
// docs/prerender.md). The page shows its own view with the published assumptions. When the
// address asks for anything else (another view, other assumptions, the embedded layout), that
// content would show until the app replaces it, so it is hidden until the app has taken over
// (the app removes these classes). Without WebAssembly the app cannot start: nothing is hidden.
// The rule is care_workforce::pages::prerender_matches (tested natively).
(function () {
  var root = document.documentElement;
  var page = root.getAttribute('data-view');
  if (!page || typeof WebAssembly !== 'object') return;
  var pairs = location.search.replace(/^\?/, '').split('&');
  var matches = true;
  var embed = false;
  for (var i = 0; i < pairs.length; i++) {
    if (pairs[i] === '') continue;
    var eq = pairs[i].indexOf('=');
    var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
    var value = eq < 0 ? '' : pairs[i].slice(eq + 1);
    if (key !== 'view' || value !== page) matches = false;
    if (key === 'embed' && (value === '1' || value === 'true')) embed = true;
  }
  if (!matches) root.className += embed ? ' prerender-pending prerender-embed' : ' prerender-pending';
})();

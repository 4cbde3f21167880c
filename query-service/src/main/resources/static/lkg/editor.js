// The SPARQL editor: YASGUI (from its WebJar) on /sparql, one tab, started with the query the page carries; the
// examples load into it without leaving the page.
(function () {
  var el = document.getElementById('yasgui');
  if (!el || typeof Yasgui === 'undefined') return;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: el.getAttribute('data-endpoint'), method: 'POST' },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false
  });
  var tab = yasgui.getTab();
  tab.setQuery(el.getAttribute('data-query'));
  window.lkgYasgui = yasgui;
  document.querySelectorAll('a.example').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      yasgui.getTab().setQuery(a.getAttribute('data-query'));
      window.scrollTo(0, 0);
    });
  });
})();

// YASGUI over this server's /sparql; kept out of the page so that no inline script is needed.
(function () {
  'use strict';
  var root = document.getElementById('yasgui');
  if (!root || typeof Yasgui !== 'function') {
    return;
  }
  var endpoint = root.getAttribute('data-endpoint');
  // Completion of variables only: the prefix and term completers ask prefix.cc and LOV, other
  // origins, which the Content-Security-Policy refuses (and a user's typing stays here).
  if (Yasgui.Yasqe && Yasgui.Yasqe.defaults) {
    Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  }
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    // This endpoint only: the editor is for this graph.
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null
  });
  var query = root.getAttribute('data-query');
  if (query) {
    var tab = yasgui.getTab();
    tab.setQuery(query);
    tab.query();
  }
  // An example replaces the query of the tab in view with the canned query's text.
  document.querySelectorAll('a.example').forEach(function (a) {
    a.addEventListener('click', function (event) {
      event.preventDefault();
      fetch(a.getAttribute('data-text'), { headers: { Accept: 'application/sparql-query' } })
        .then(function (r) { return r.text(); })
        .then(function (text) { yasgui.getTab().setQuery(text); });
    });
  });
}());

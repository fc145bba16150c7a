/*
 * The graph explorer (/explore): draws /graph.json with Cytoscape.js, served from its webjar.
 * The page (templates/explore.mustache) holds the controls; this file wires them up. No inline
 * script and no network beyond this server.
 *
 * State for tests and tools: window.cy is the Cytoscape instance; #explorer carries
 * data-state (loading | ready | error), data-nodes and data-edges (what is drawn) and
 * data-render-ms (how long the last load took from request to laid-out graph).
 */
(function () {
  'use strict';

  var root = document.getElementById('explorer');
  if (!root || typeof cytoscape !== 'function') {
    return;
  }
  var lang = root.dataset.lang || 'en';
  var start = root.dataset.start || '';
  var namespace = root.dataset.namespace || '';
  var base = root.dataset.base || '';

  /** This server's copy of a canonical IRI, so that browsing a local server stays local. */
  function localCopy(iri) {
    return namespace && iri.indexOf(namespace) === 0 ? base + iri.substring(namespace.length) : iri;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  var cy = cytoscape({
    container: byId('explore-canvas'),
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          'shape': 'data(shape)',
          'width': 'data(size)',
          'height': 'data(size)',
          'label': 'data(label)',
          'font-size': 'mapData(degree, 1, 40, 10, 15)',
          'color': '#1d2433',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'wrap',
          'text-max-width': '120px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.7,
          'border-width': 1,
          'border-color': '#4d4d4d'
        }
      },
      {
        selector: 'edge',
        style: {
          'width': 1.2,
          'line-color': '#9aa3b2',
          'target-arrow-color': '#9aa3b2',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier'
        }
      },
      {
        selector: 'edge.labelled, edge:selected',
        style: {
          'label': 'data(label)',
          'font-size': 8,
          'color': '#5b6475',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8
        }
      },
      // Not stated as the case (planned, sought, an aim...): in its fact's named graph only.
      { selector: 'edge[!asserted]', style: { 'line-style': 'dashed' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#00205b' } },
      { selector: 'edge:selected', style: { 'line-color': '#00205b', 'target-arrow-color': '#00205b', 'width': 2 } },
      { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#d9480f' } },
      { selector: '.off-class, .off-area, .off-modality', style: { 'display': 'none' } }
    ]
  });
  // The page's graph, for the browser test and for anyone exploring from the console.
  window.cy = cy;

  function setState(state) {
    root.dataset.state = state;
    root.dataset.nodes = String(cy.nodes().length);
    root.dataset.edges = String(cy.edges().length);
  }

  function say(message) {
    byId('explore-status').textContent = message;
  }

  function failed(error) {
    setState('error');
    say('Could not load the graph: ' + error.message);
  }

  function fetchGraph(params) {
    params.lang = lang;
    return fetch('graph.json?' + new URLSearchParams(params).toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (text) { throw new Error(response.status + ' ' + text); });
        }
        return response.json();
      });
  }

  /** Adds what is not drawn yet (at n.position when expand() chose one); returns the new elements. */
  function add(json) {
    var added = cy.collection();
    cy.batch(function () {
      json.elements.nodes.forEach(function (n) {
        if (cy.getElementById(n.data.id).empty()) {
          var element = { group: 'nodes', data: n.data };
          if (n.position) {
            element.position = n.position;
          }
          added = added.union(cy.add(element));
        }
      });
      json.elements.edges.forEach(function (e) {
        if (cy.getElementById(e.data.id).empty()
            && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty()) {
          added = added.union(cy.add({ group: 'edges', data: e.data }));
        }
      });
    });
    return added;
  }

  function layoutOptions(fit) {
    var name = byId('explore-layout').value;
    var options = { name: name, animate: false, fit: fit, padding: 30 };
    if (name === 'cose') {
      options.randomize = false;
      options.nodeDimensionsIncludeLabels = true;
      // Two hubs linked to each other and to most of the same nodes (Norway and the EU) are
      // pulled onto one another; longer edges between well-connected nodes and more repulsion
      // for them keep them, and their labels, apart.
      options.idealEdgeLength = function (edge) {
        return 90 + 4 * Math.min(edge.source().degree(), edge.target().degree());
      };
      options.nodeRepulsion = function (node) { return 12000 * (1 + node.degree() / 4); };
    } else if (name === 'concentric') {
      options.concentric = function (node) { return node.data('degree'); };
      options.levelWidth = function () { return 2; };
      options.minNodeSpacing = 20;
    } else if (name === 'breadthfirst') {
      options.directed = false;
      options.spacingFactor = 1.2;
      var selected = cy.nodes(':selected');
      var first = selected.nonempty() ? selected : cy.getElementById(start);
      if (first.nonempty()) {
        options.roots = first;
      }
    }
    return options;
  }

  function layout(fit) {
    var visible = cy.elements().not('.off-class, .off-area, .off-modality');
    var run = visible.layout(layoutOptions(fit));
    var done = run.promiseOn('layoutstop');
    run.run();
    return done;
  }

  function checkedValues(containerId, checked) {
    var values = [];
    byId(containerId).querySelectorAll('input[type=checkbox]').forEach(function (box) {
      if (box.checked === checked) {
        values.push(box.value);
      }
    });
    return values;
  }

  function applyFilters() {
    var hiddenClasses = checkedValues('explore-classes', false);
    var hiddenModalities = checkedValues('explore-modalities', false);
    var area = byId('explore-area').value;
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        node.toggleClass('off-class', hiddenClasses.indexOf(node.data('class')) >= 0);
      });
      cy.edges().forEach(function (edge) {
        var modalities = edge.data('modalityIri') || [];
        var shown = modalities.length === 0
          ? hiddenModalities.indexOf('') < 0
          : modalities.some(function (m) { return hiddenModalities.indexOf(m) < 0; });
        edge.toggleClass('off-modality', !shown);
      });
      var inArea = area ? cy.getElementById(area).closedNeighborhood() : cy.elements();
      cy.elements().forEach(function (element) {
        element.toggleClass('off-area', !inArea.contains(element));
      });
    });
    counts();
    setState(root.dataset.state);
  }

  /** The legend counts what is drawn of each class, of how many the graph has ("5 of 46"). */
  function counts() {
    var drawn = {};
    cy.nodes().forEach(function (node) {
      drawn[node.data('class')] = (drawn[node.data('class')] || 0) + 1;
    });
    byId('explore-classes').querySelectorAll('.explore-legend-item').forEach(function (item) {
      var type = item.querySelector('input').value;
      var count = item.querySelector('.explore-count');
      count.textContent = (drawn[type] || 0) + ' of ' + count.getAttribute('data-total');
    });
  }

  /** Loads something, then filters, lays out and records how long it took. */
  function load(request, fit) {
    var began = performance.now();
    setState('loading');
    return request.then(function (json) {
      var added = add(json);
      applyFilters();
      return layout(fit).then(function () { return added; });
    }).then(function (added) {
      root.dataset.renderMs = String(Math.round(performance.now() - began));
      setState('ready');
      return added;
    }).catch(failed);
  }

  /** Labels are 10 px at zoom 1; below this many rendered pixels they cannot be read. */
  var READABLE_PX = 11;

  /**
   * The first view is read without zooming: when fitting every node made the labels too small
   * to read (Norway has some fifty neighbours), zoom in until they are readable, centred on where
   * the exploration starts; the rest is a pan away (choosing a layout fits everything again).
   */
  function readable() {
    if (cy.zoom() * 10 >= READABLE_PX) {
      return;
    }
    var centre = start ? cy.getElementById(start) : cy.collection();
    cy.zoom(READABLE_PX / 10);
    if (centre.nonempty()) {
      cy.center(centre);
    } else {
      cy.center();
    }
  }

  /**
   * The start in the middle and its neighbours on a ring around it, where the force-directed
   * layout begins: from one point it may leave two hubs (Norway and the EU) on top of each other.
   */
  function ring(json) {
    var others = json.elements.nodes.filter(function (n) { return n.data.id !== start; });
    json.elements.nodes.forEach(function (n) {
      var i = others.indexOf(n);
      n.position = i < 0 ? { x: 0, y: 0 }
        : { x: 400 * Math.cos(2 * Math.PI * i / others.length), y: 400 * Math.sin(2 * Math.PI * i / others.length) };
    });
    return json;
  }

  function begin() {
    cy.elements().remove();
    hideDetails();
    return load(start ? fetchGraph({ focus: start, depth: 1 }).then(ring) : fetchGraph({}), true).then(function (added) {
      readable();
      return added;
    });
  }

  /** Adds a node's neighbours, placed in a ring around it so the layout moves little. */
  function expand(node) {
    var centre = node.position();
    return load(fetchGraph({ focus: node.id(), depth: 1 }).then(function (json) {
      var fresh = json.elements.nodes.filter(function (n) { return cy.getElementById(n.data.id).empty(); });
      fresh.forEach(function (n, i) {
        var angle = 2 * Math.PI * i / Math.max(fresh.length, 1);
        n.position = { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) };
      });
      return json;
    }), false).then(function (added) {
      say(added ? added.nodes().length + ' nodes added.' : '');
    });
  }

  function isWebLink(value) {
    return typeof value === 'string' && /^https?:\/\//.test(value);
  }

  function row(list, term, values) {
    var dt = document.createElement('dt');
    dt.textContent = term;
    var dd = document.createElement('dd');
    (Array.isArray(values) ? values : [values]).forEach(function (value, i) {
      if (i > 0) {
        dd.appendChild(document.createElement('br'));
      }
      if (isWebLink(value)) {
        var a = document.createElement('a');
        a.href = localCopy(value);
        a.textContent = value;
        dd.appendChild(a);
      } else {
        dd.appendChild(document.createTextNode(String(value)));
      }
    });
    list.appendChild(dt);
    list.appendChild(dd);
  }

  // The details open on the half of the canvas away from what was tapped, so they never cover it:
  // a double click on a node at the top right would otherwise land its second click on them.
  function showDetails(title, kind, link, rows, tappedAt) {
    byId('explore-details-title').textContent = title;
    byId('explore-details-kind').textContent = kind;
    var a = byId('explore-details-link');
    a.parentElement.hidden = !isWebLink(link);
    if (isWebLink(link)) {
      a.href = localCopy(link);
    }
    var list = byId('explore-details-list');
    list.replaceChildren();
    rows.forEach(function (r) {
      if (r[1] !== undefined && r[1] !== '' && !(Array.isArray(r[1]) && r[1].length === 0)) {
        row(list, r[0], r[1]);
      }
    });
    var details = byId('explore-details');
    details.classList.toggle('on-left', tappedAt !== undefined && tappedAt.x > cy.width() / 2);
    details.hidden = false;
  }

  function hideDetails() {
    byId('explore-details').hidden = true;
    cy.edges().removeClass('labelled');
  }

  function showNode(node, tappedAt) {
    var d = node.data();
    var rows = [['IRI', d.id], ['Class', d['class']], ['Degree', d.degree], ['PageRank', d.pagerank.toFixed(4)]];
    Object.keys(d).sort().forEach(function (key) {
      if (key.indexOf(':') > 0) {
        rows.push([key, d[key]]);
      }
    });
    showDetails(d.label, d.classLabel + (d.scheme ? ' · ' + d.scheme : ''), d.blank ? '' : d.id, rows, tappedAt);
    cy.edges().removeClass('labelled');
    node.connectedEdges().addClass('labelled');
  }

  function showEdge(edge, tappedAt) {
    var d = edge.data();
    showDetails(edge.source().data('label') + ' → ' + d.label + ' → ' + edge.target().data('label'), 'Relation', d.predicate, [
      ['Predicate', d.predicate], ['Modality', d.modality], ['Year', d.year],
      ['Sentences', d.sentences], ['Facts', d.facts],
      ['Stated as the case', d.asserted === false ? 'no: only in its fact, as its modality says' : 'yes']
    ], tappedAt);
  }

  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    root.dataset.lastDownload = name + ' ' + blob.size;
    setTimeout(function () { URL.revokeObjectURL(url); }, 5000);
  }

  function exportGraphml() {
    var shown = cy.elements().filter(function (el) { return el.visible(); });
    var body = JSON.stringify({
      nodes: shown.nodes().map(function (n) { return n.id(); }),
      edges: shown.edges().map(function (e) { return e.id(); })
    });
    return fetch('graph.graphml?' + new URLSearchParams({ lang: lang }).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status + ' ' + response.statusText);
      }
      return response.blob();
    }).then(function (blob) {
      download(blob, 'graph.graphml');
    }).catch(failed);
  }

  function findNode(event) {
    event.preventDefault();
    var text = byId('explore-search-input').value.trim().toLowerCase();
    cy.nodes().removeClass('match');
    if (!text) {
      say('');
      return;
    }
    var options = Array.prototype.slice.call(document.querySelectorAll('#explore-node-labels option'));
    var hit = options.filter(function (o) { return o.value.toLowerCase() === text; })[0]
      || options.filter(function (o) { return o.value.toLowerCase().indexOf(text) >= 0; })[0];
    if (!hit) {
      say('No node is labelled “' + text + '”.');
      return;
    }
    var id = hit.dataset.id;
    var ready = cy.getElementById(id).nonempty() ? Promise.resolve() : load(fetchGraph({ focus: id, depth: 1 }), false);
    ready.then(function () {
      var node = cy.getElementById(id);
      if (node.empty()) {
        return;
      }
      cy.elements().unselect();
      node.select().addClass('match');
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
      showNode(node);
      say('');
    });
  }

  // Highlight, as one types, the drawn nodes whose label contains the text.
  byId('explore-search-input').addEventListener('input', function (event) {
    var text = event.target.value.trim().toLowerCase();
    cy.nodes().forEach(function (node) {
      node.toggleClass('match', text.length > 1 && node.data('label').toLowerCase().indexOf(text) >= 0);
    });
  });
  byId('explore-search').addEventListener('submit', findNode);
  byId('explore-layout').addEventListener('change', function () { layout(true); });
  byId('explore-classes').addEventListener('change', function () { applyFilters(); });
  byId('explore-modalities').addEventListener('change', function () { applyFilters(); });
  byId('explore-area').addEventListener('change', function (event) {
    var area = event.target.value;
    if (!area) {
      applyFilters();
      layout(true);
      return;
    }
    load(fetchGraph({ focus: area, depth: 1 }), true);
  });
  byId('explore-whole').addEventListener('click', function () { load(fetchGraph({}), true); });
  byId('explore-reset').addEventListener('click', begin);
  byId('explore-png').addEventListener('click', function () {
    download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'graph.png');
  });
  byId('explore-graphml').addEventListener('click', exportGraphml);
  byId('explore-details-close').addEventListener('click', hideDetails);

  cy.on('tap', 'node', function (event) { showNode(event.target, event.renderedPosition); });
  cy.on('tap', 'edge', function (event) { showEdge(event.target, event.renderedPosition); });
  cy.on('tap', function (event) {
    if (event.target === cy) {
      hideDetails();
    }
  });
  cy.on('dbltap', 'node', function (event) { expand(event.target); });

  document.querySelectorAll('.explore-swatch').forEach(function (swatch) {
    swatch.style.backgroundColor = swatch.dataset.color;
    swatch.classList.add('shape-' + swatch.dataset.shape);
  });

  begin();
}());

// The citation graph: elements from /graph.json, drawn with Cytoscape.js (served from its WebJar); a tap on a node
// opens its page. Colours and shapes tell the kinds apart; the chosen root is larger.
(function () {
  var box = document.getElementById('graph');
  if (!box || typeof cytoscape === 'undefined') return;
  var colours = { item: '#1f4e9b', provision: '#a3312a', document: '#6b2a8a', unit: '#2f7d4a', body: '#2f7d4a',
                  party: '#b5651d', sanction: '#333333' };
  var shapes = { item: 'round-rectangle', provision: 'ellipse', document: 'hexagon', unit: 'diamond', body: 'diamond',
                 party: 'triangle', sanction: 'octagon' };
  var rings = { document: 8, provision: 7, item: 5, unit: 3, body: 3, party: 2, sanction: 2 };
  fetch(box.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (g) {
      var cy = cytoscape({
        container: box,
        elements: g.elements,
        wheelSensitivity: 0.2,
        style: [
          { selector: 'node', style: {
              'label': 'data(label)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 140,
              'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18,
              'font-family': '"Noto Sans CJK SC", sans-serif',
              'background-color': function (n) { return colours[n.data('kind')] || '#777'; },
              'shape': function (n) { return shapes[n.data('kind')] || 'ellipse'; } } },
          { selector: 'node[?root]', style: { 'width': 30, 'height': 30, 'font-size': 14, 'font-weight': 'bold' } },
          { selector: 'edge', style: { 'width': 1, 'line-color': '#b8c0cc', 'target-arrow-shape': 'triangle',
              'target-arrow-color': '#b8c0cc', 'curve-style': 'bezier' } }
        ],
        // Rings by kind around the chosen root: provisions, then items, then who handles them, whom they act on and
        // what they can impose. Deterministic, and a whole statute (律师法: some 60 nodes) keeps every label apart.
        layout: { name: 'concentric', animate: false, padding: 20, minNodeSpacing: 28, spacingFactor: 1.1,
                  concentric: function (n) { return n.data('root') ? 10 : (rings[n.data('kind')] || 1); },
                  levelWidth: function () { return 1; } }
      });
      cy.on('tap', 'node', function (e) { var href = e.target.data('href'); if (href) window.location.href = href; });
      window.lkgGraph = cy;
      box.setAttribute('data-nodes', String(cy.nodes().length));
    });
})();

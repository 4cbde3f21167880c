package org.w3id.lkg.ingest.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** The triple count and SHA-256 of the sorted N-Quads of one graph (or of a whole dataset), to prove it unchanged. */
record GraphFingerprint(long size, String sha256) {

    /** The fingerprint of graph {@code graphIri}; {@code null} for every quad of the dataset. */
    static GraphFingerprint of(DatasetGraph dataset, String graphIri) {
        Node g = graphIri == null ? Node.ANY : NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dataset, () -> {
            List<String> lines = new ArrayList<>();
            dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(line(q)));
            lines.sort(null);
            return new GraphFingerprint(lines.size(), sha256(lines));
        });
    }

    private static String line(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                md.update(line.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

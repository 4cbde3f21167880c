package org.w3id.lkg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads the test fixtures: graphs and tab-separated case tables. */
final class Fixtures {
    private Fixtures() {}

    /** The hand-written graph of {@code graphs/NAME.trig}, in memory. */
    static Dataset graph(String name) {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(resource("graphs/" + name + ".trig")).lang(Lang.TRIG).parse(ds);
        return ds;
    }

    static InputStream resource(String path) {
        InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalArgumentException("no test resource " + path);
        return in;
    }

    static String text(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a tab-separated table, without # comment lines; every row padded to {@code columns} cells. */
    static List<String[]> table(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text(path).split("\n")) {
            if (line.startsWith("#")) continue;
            String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < cells.length; i++) if (cells[i] == null) cells[i] = "";
            rows.add(cells);
        }
        return rows;
    }
}

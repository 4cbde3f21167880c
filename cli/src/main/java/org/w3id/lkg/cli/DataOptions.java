package org.w3id.lkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.lkg.store.tdb.TdbStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where queries read from: RDF files (--data, any syntax Jena reads) or a TDB2 store folder (--store). */
final class DataOptions {
    // Optional for picocli, so that `lkg query --list` needs no data; open() says what is missing when it is needed.
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    static final class Source {
        @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "RDF files to query (TriG, N-Quads, Turtle …)")
        List<Path> files;

        @Option(names = "--store", paramLabel = "DIR", description = "a TDB2 store folder (see lkg load)")
        Path store;
    }

    /** Opens the data; the caller closes nothing (files are in memory, TDB2 datasets are shared per JVM). */
    DatasetGraph open() {
        if (source == null) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT,
                "no data to query: give --data FILE… (RDF files, e.g. from lkg ingest) or --store DIR (a TDB2 store, from lkg load)");
        if (source.store != null) return openStore(source.store);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path f : source.files) {
            if (!Files.isRegularFile(f)) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, f + ": no such file");
            try {
                RDFDataMgr.read(dsg, f.toString());
            } catch (RiotException e) {
                throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, f + ": not readable as RDF: " + e.getMessage(), e);
            }
        }
        return dsg;
    }

    // TdbStore refuses folders that are not TDB2 stores (instead of creating files among them) and reads the
    // union of the list graphs as the default graph, as lkg load wrote them.
    static DatasetGraph openStore(Path dir) {
        if (!Files.isDirectory(dir)) throw new CommandFailure(LkgCommand.EXIT_STORE, dir + ": no such store folder (create one with lkg load … --store " + dir + ")");
        return TdbStore.openExisting(dir).dataset();   // a StoreException exits 3 (LkgCommand maps it)
    }
}

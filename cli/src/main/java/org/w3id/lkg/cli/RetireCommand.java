package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.ListEditions;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.tdb.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkg retire KEY --store DIR}: takes a list out of the store's queries, keeping and recording its last edition. */
@Command(name = "retire", mixinStandardHelpOptions = true,
        description = "Retire a list: its graph leaves the store's queries, its current edition is kept in the store's "
                + "edition archive and the retirement is recorded (prov:invalidatedAtTime). Loading it again makes its next edition.")
final class RetireCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KEY", description = "the list's key, e.g. 000_9601f697a03374a4")
    String list;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "the TDB2 store")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/lkg/id/", description = "base of the data IRIs (default: ${DEFAULT-VALUE})")
    String base;

    @Override
    public Integer call() {
        try (TdbStore tdb = TdbStore.openExisting(store)) {
            Edition retired = ListEditions.of(tdb, IriScheme.under(base)).retire(list);
            new PrintWriter(System.out, true, StandardCharsets.UTF_8).println("lkg retire: retired " + list + ", its "
                    + retired.line() + "; it stays in " + tdb.folder().resolve(TdbStore.ARCHIVE_FOLDER) + " as <" + retired.iri() + ">");
        }
        return 0;
    }
}

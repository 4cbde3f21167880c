package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.lkg.ingest.PowerListFiles;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.UnknownDocuments;
import org.w3id.lkg.ingest.list.ColumnRole;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerItemRecord;
import org.w3id.lkg.ingest.list.PowerListHandler;
import org.w3id.lkg.ingest.list.PowerListReader;
import org.w3id.lkg.ingest.table.TableFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkg registry unknown LISTS…}: the cited titles the document registry lacks, with counts, for a curator. */
@Command(name = "registry", mixinStandardHelpOptions = true, description = "The document registry (registry.ttl) against lists.",
        subcommands = RegistryCommand.Unknown.class)
final class RegistryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "expected a subcommand: unknown");
    }

    /** {@code lkg registry unknown LIST…}. */
    @Command(name = "unknown", mixinStandardHelpOptions = true,
            description = "List the titles the lists cite that the registry lacks: citations, lists, the rank the title suggests.")
    static final class Unknown implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "LIST", description = "power-list files or folders of them")
        List<Path> lists;

        @Option(names = "--encoding", paramLabel = "CHARSET", description = "the lists' encoding (default: detected, UTF-8 else GB18030)")
        Charset encoding;

        @Override
        public Integer call() {
            UnknownDocuments unknown = new UnknownDocuments(DocumentRegistry.standard());
            for (Path list : PowerListFiles.expand(lists)) {
                String key = PowerListFiles.listKey(list);
                TableFormat.of(list).reader(encoding).read(list, new PowerListReader(new PowerListHandler() {
                    @Override
                    public void item(PowerItemRecord item) {
                        basis(item);
                        item.subItems().forEach(this::basis);
                    }

                    private void basis(PowerItemRecord r) {
                        for (ColumnRole role : List.of(ColumnRole.BASIS, ColumnRole.RESPONSIBILITY_BASIS)) {
                            r.field(role).ifPresent(f -> unknown.add(key, f.text()));
                        }
                    }

                    @Override
                    public void finding(Finding finding) {}
                }));
            }
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.println("citations\tlists\ttitle\tinferred rank");
            for (UnknownDocuments.Entry e : unknown.entries()) {
                out.println(e.citations() + "\t" + e.lists() + "\t" + e.title() + "\t" + (e.inferredRank() == null ? "" : e.inferredRank()));
            }
            out.flush();
            return 0;
        }
    }
}

package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.lkg.ingest.PowerListFiles;
import org.w3id.lkg.ingest.list.ListInspection;
import org.w3id.lkg.ingest.list.PowerListReader;
import org.w3id.lkg.ingest.table.TableFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkg inspect LIST…}: how the reader understood each list, without writing any RDF. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show how each list is read: header row(s), each column's role (or why none), sections, items, "
                + "values per column and findings.")
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "LIST", description = "power-list files or folders of them")
    List<Path> lists;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "the lists' encoding (default: detected, UTF-8 else GB18030)")
    Charset encoding;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (Path list : PowerListFiles.expand(lists)) {
            ListInspection inspection = new ListInspection();
            TableFormat.of(list).reader(encoding).read(list, new PowerListReader(inspection));
            out.println("== " + list + " (" + TableFormat.of(list).name().toLowerCase(java.util.Locale.ROOT) + ")");
            inspection.print(out);
        }
        return 0;
    }
}

package org.w3id.lkg.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.lkg.sparql.SparqlSource;

/** Runs one query over a source and prints its result in the chosen format; shared by query and sparql. */
final class QueryRunner {
    private QueryRunner() {}

    static void run(SparqlSource source, Query query, ResultFormat format, String graphSyntax, PrintStream out, Duration timeout) {
        source.execute(query, timeout, (QueryExec qe) -> {
            if (query.isSelectType()) format.write(out, qe.select());
            else if (query.isAskType()) format.write(out, qe.ask());
            else {
                Lang lang = RDFLanguages.nameToLang(graphSyntax);
                if (lang == null) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "unknown RDF syntax " + graphSyntax);
                var g = query.isConstructType() ? qe.construct() : qe.describe();
                RDFDataMgr.write(out, g, lang);
            }
            out.flush();
            return null;
        });
    }
}

package org.w3id.lkg.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;

/** How query results are printed: an aligned text table for people, or CSV, TSV, SPARQL JSON or XML for programs. */
enum ResultFormat {
    TEXT, CSV, TSV, JSON, XML;

    void write(OutputStream out, RowSet rows) {
        switch (this) {
            case TEXT -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                TextTable.write(ps, rows);
                ps.flush();
            }
            case CSV -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_XML);
        }
    }

    void write(OutputStream out, boolean ask) {
        switch (this) {
            case JSON -> ResultSetMgr.write(out, ask, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, ask, ResultSetLang.RS_XML);
            default -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println(ask);
                ps.flush();
            }
        }
    }
}

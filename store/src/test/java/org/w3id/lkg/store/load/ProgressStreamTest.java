package org.w3id.lkg.store.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.store.fixture.SyntheticList;

/** Counting and progress are wrappers around a sink: they pass every triple on and only watch. */
class ProgressStreamTest {

    @Test
    void countsTriplesAndRecordsAndPassesEverythingOn() {
        Graph sink = GraphFactory.createDefaultGraph();
        CountingStream counter = new CountingStream(StreamRDFLib.graph(sink));

        SyntheticList.of("city-a", 7).streamTo(counter);

        assertEquals(SyntheticList.LIST_TRIPLES + 7L * SyntheticList.ITEM_TRIPLES, counter.triples());
        assertEquals(7, counter.records());
        assertEquals(counter.triples(), sink.size());
    }

    @Test
    void drawsRecordsTriplesAndRateOnOneLineAndClearsIt() throws InterruptedException {
        StringWriter terminal = new StringWriter();
        ProgressStream progress = ProgressStream.onTerminal(StreamRDFLib.sinkNull(), "city-a", new PrintWriter(terminal));
        Thread.sleep(600);   // past the redraw interval, so the first clock check draws

        SyntheticList.of("city-a", 1_000).streamTo(progress);

        String drawn = terminal.toString();
        assertTrue(drawn.startsWith("\rcity-a: "), drawn);
        assertTrue(drawn.matches("(?s).*: \\d[\\d,]* records, 4,096 triples, [\\d,]+ triples/s.*"), drawn);
        assertTrue(!drawn.contains("\n"), "one line, redrawn in place: " + drawn);
        progress.clear();
        assertTrue(terminal.toString().endsWith("\r"), "cleared back to the line start");
    }

    @Test
    void inALogEveryReportIsAWholeLineWithoutCarriageReturns() throws InterruptedException {
        StringWriter log = new StringWriter();
        ProgressStream progress = ProgressStream.asLines(StreamRDFLib.sinkNull(), "city-a", new PrintWriter(log));
        Thread.sleep(600);

        SyntheticList.of("city-a", 1_000).streamTo(progress);
        progress.clear();

        String written = log.toString();
        assertTrue(written.matches("city-a: \\d[\\d,]* records, 4,096 triples, [\\d,]+ triples/s\n"), written);
    }
}

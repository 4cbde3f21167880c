package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.lkg.service.system.LkgStore;

import tools.jackson.databind.JsonNode;

/**
 * A start over a store that holds the seed, with a changed edition of it in the seeds folder: the service answers at
 * once from what it has, loads the changed seed as a new edition in the background, and says so. Nothing is ignored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"lkg.fuseki-port=-1"})
@ExtendWith(OutputCaptureExtension.class)
class SeedsOnStartTest {
    static final String KEY = "000_9601f697a03374a4";
    // the list published again, under the same name, in the seeds folder of a store that holds the first edition
    private static final PreloadedStore FIXTURE = PreloadedStore.of("lkg-seeds-on-start",
            List.of(PreloadedStore.SEED), List.of(PreloadedStore.SECOND_EDITION));

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) { FIXTURE.register(registry); }

    @LocalServerPort int port;
    @Autowired LkgStore store;

    @Test
    void aChangedSeedIsLoadedAsANewEditionOnStartAndTheReportSaysSo(CapturedOutput log) throws InterruptedException {
        StoreReady.await(store, Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!store.detail().contains("; seeds: ") && System.nanoTime() < deadline) Thread.sleep(100);
        assertTrue(store.detail().startsWith("store " + FIXTURE.store() + " opened with 1 list graph(s); seeds: 1 of 1 list loaded"),
                store.detail());
        Http http = new Http("http://localhost:" + port);
        String added = "ASK { ?item <https://w3id.org/lkg/ontology#itemName> \"组织社区矫正工作年度统计\"@zh }";
        JsonNode ask = Http.json(http.get("/sparql?query=" + Http.enc(added), "Accept", "application/sparql-results+json"));
        assertTrue(ask.get("boolean").asBoolean(), "the second edition's new item is queried: " + ask);
        JsonNode editions = Http.json(http.get("/api/lists/" + KEY + "/editions")).get("editions");
        assertEquals(2, editions.size(), editions.toString());
        assertEquals(editions.get(0).get("iri").asString(), editions.get(1).get("revisionOf").asString(), "edition 2 revises edition 1");
        // logged: who (the seeds folder), when, which key, which edition, the counts
        assertTrue(java.util.regex.Pattern.compile("seeds: from " + java.util.regex.Pattern.quote(FIXTURE.seeds().toAbsolutePath().normalize().toString())
                + " at 20\\d\\d-[0-9T:.-]+Z: loaded " + KEY + ": 54 items, \\d+ citations.* as edition 2 \\(" + KEY + "\\.txt, sha256 ")
                .matcher(log.getOut()).find(), log.getOut());
    }
}

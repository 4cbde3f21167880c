package org.w3id.lkg.service.question;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3id.lkg.question.QuestionEngine;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * The question engine over the store's lookups, built on the first question once the store is ready and rebuilt when
 * the store hands out a new lookup source: the embedded store starts a fresh one after each load, so new names are
 * known without a restart, and between loads the dictionary is read once, not per question.
 */
@Component
class QuestionEngines {
    private static final Logger log = LoggerFactory.getLogger(QuestionEngines.class);

    private final LkgStore store;
    private final QueryCatalog catalog;
    private volatile QuestionEngine engine;
    private volatile SparqlSource builtOn;

    QuestionEngines(LkgStore store, QueryCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The engine for the store as it is now (503 through {@link LkgStore#requireReady} while it is not ready). */
    QuestionEngine current() {
        store.requireReady();
        SparqlSource lookups = store.lookups();
        QuestionEngine e = engine;
        if (e != null && builtOn == lookups) return e;
        synchronized (this) {
            if (engine == null || builtOn != lookups) {
                engine = QuestionEngine.builder().source(lookups).catalog(catalog).build();
                builtOn = lookups;
                log.info("questions: dictionary of {} names read in {} ms", engine.dictionary().size(), engine.lastBuild().toMillis());
            }
            return engine;
        }
    }
}

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
 * known without a restart, and between loads the dictionary is read once, not per question. A remote endpoint's data
 * can change without the service knowing, so a dictionary older than {@link #MAX_AGE} is read again in the background
 * while questions go on using the one there is.
 */
@Component
class QuestionEngines {
    private static final Logger log = LoggerFactory.getLogger(QuestionEngines.class);

    private final LkgStore store;
    private final QueryCatalog catalog;
    static final java.time.Duration MAX_AGE = java.time.Duration.ofMinutes(5);

    private volatile QuestionEngine engine;
    private volatile SparqlSource builtOn;
    private volatile long builtAt;
    private final java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();

    QuestionEngines(LkgStore store, QueryCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The engine for the store as it is now (503 through {@link LkgStore#requireReady} while it is not ready). */
    QuestionEngine current() {
        store.requireReady();
        SparqlSource lookups = store.lookups();
        QuestionEngine e = engine;
        if (e != null && builtOn == lookups) {
            if (System.nanoTime() - builtAt > MAX_AGE.toNanos()) reloadInBackground(e);
            return e;
        }
        synchronized (this) {
            if (engine == null || builtOn != lookups) {
                engine = QuestionEngine.builder().source(lookups).catalog(catalog).build();
                builtOn = lookups;
                builtAt = System.nanoTime();
                log.info("questions: dictionary of {} names read in {} ms", engine.dictionary().size(), engine.lastBuild().toMillis());
            }
            return engine;
        }
    }

    private void reloadInBackground(QuestionEngine e) {
        if (!reloading.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                e.reload();
                builtAt = System.nanoTime();
                log.info("questions: dictionary of {} names read again in {} ms", e.dictionary().size(), e.lastBuild().toMillis());
            } catch (RuntimeException x) {
                builtAt = System.nanoTime();   // try again after MAX_AGE, not on every question
                log.warn("questions: reading the dictionary again failed ({}); the previous one stays", x.getMessage());
            } finally {
                reloading.set(false);
            }
        }, "lkg-question-dictionary");
        t.setDaemon(true);
        t.start();
    }
}

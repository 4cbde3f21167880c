package org.w3id.lkg.store.remote;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.http.auth.AuthEnv;

/**
 * Where and as whom a remote store is written: the dataset URL, the Graph Store Protocol and SPARQL Update URLs
 * when the store serves them elsewhere (Virtuoso: {@code /sparql-graph-crud-auth} and {@code /sparql-auth}), and
 * the user that may write. Fuseki serves all of them on the dataset URL, which is the default.
 *
 * <p>Credentials go to Jena's authentication registry for these URLs, which answers both Basic and Digest
 * challenges (Virtuoso's authenticated endpoints ask for Digest, which the JDK's HTTP client cannot do).
 */
public final class RemoteEndpoint {
    private final String dataset;
    private final String graphStore;
    private final String update;
    private final String user;
    private final String password;

    private RemoteEndpoint(Builder b) {
        this.dataset = b.dataset;
        this.graphStore = b.graphStore == null ? b.dataset : b.graphStore;
        this.update = b.update == null ? b.dataset : b.update;
        this.user = b.user;
        this.password = b.password;
    }

    /** A store at {@code datasetUrl}, e.g. {@code http://localhost:3030/lkg}; the other URLs default to it. */
    public static Builder at(String datasetUrl) { return new Builder(Objects.requireNonNull(datasetUrl, "datasetUrl")); }

    /** The dataset URL: what messages name. */
    public String dataset() { return dataset; }

    /** The Graph Store Protocol URL. */
    public String graphStore() { return graphStore; }

    /** The SPARQL Update URL. */
    public String update() { return update; }

    /** The user that writes, when the store asks for one. */
    public String user() { return user; }

    public boolean hasCredentials() { return user != null; }

    /** Makes every request to these URLs answer an authentication challenge with the credentials (none: no-op). */
    public void registerCredentials() {
        if (!hasCredentials()) return;
        for (String url : urls()) AuthEnv.get().registerUsernamePassword(URI.create(url), user, password);
    }

    /** Forgets the credentials {@link #registerCredentials()} gave, so they outlive no loader in a long-lived JVM. */
    public void unregisterCredentials() {
        if (!hasCredentials()) return;
        for (String url : urls()) AuthEnv.get().unregisterUsernamePassword(URI.create(url));
    }

    private Set<String> urls() { return new LinkedHashSet<>(List.of(dataset, graphStore, update)); }

    @Override
    public String toString() {
        return dataset + (graphStore.equals(dataset) ? "" : " (graph store " + graphStore + ")")
                + (update.equals(dataset) ? "" : " (update " + update + ")") + (user == null ? "" : " as " + user);
    }

    /** Builds a {@link RemoteEndpoint}; URLs are checked by {@link RemoteListLoader.Builder#build()}. */
    public static final class Builder {
        private final String dataset;
        private String graphStore;
        private String update;
        private String user;
        private String password;

        private Builder(String dataset) { this.dataset = dataset; }

        /** The Graph Store Protocol URL, for stores that serve it elsewhere. Default: the dataset URL. */
        public Builder graphStore(String url) { this.graphStore = url; return this; }

        /** The SPARQL Update URL, for stores that serve it elsewhere. Default: the dataset URL. */
        public Builder update(String url) { this.update = url; return this; }

        /** The user and password for writing; {@code null} user: none (the store lets anyone write, e.g. on loopback). */
        public Builder credentials(String user, String password) {
            if (user != null && password == null) throw new IllegalArgumentException("a password is needed for user " + user);
            this.user = user;
            this.password = password;
            return this;
        }

        public RemoteEndpoint build() { return new RemoteEndpoint(this); }
    }
}

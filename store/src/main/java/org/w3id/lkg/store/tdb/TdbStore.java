package org.w3id.lkg.store.tdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.edition.EditionArchive;

/**
 * A TDB2 store in a folder, opened only after checks that keep a wrong folder or a locked store untouched.
 *
 * <p>The dataset it gives has TDB2's union default graph switched on, so queries over the default graph see every
 * list graph and the ontology graph at once. That switch lives in the dataset's context, not on disk: whoever opens
 * the store for queries (Fuseki here, the query service) must open it through this class or set
 * {@link TDB2#symUnionDefaultGraph} themselves.
 */
public final class TdbStore implements AutoCloseable {
    /** The lock file TDB2 writes, holding the PID of the process that has the store open. */
    static final String LOCK_FILE = "tdb.lock";
    /** TDB2 keeps each generation of the database in Data-0001, Data-0002, … (compaction adds one). */
    private static final Pattern DATA_DIR = Pattern.compile("Data-\\d{4}");

    /** The sub-folder that holds the superseded editions, a TDB2 store of its own. */
    public static final String ARCHIVE_FOLDER = "editions";

    private final Path folder;
    private final DatasetGraph dataset;
    private TdbStore archive;

    private TdbStore(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /** Opens the store in {@code folder}, creating the folder and an empty store if it does not exist. */
    public static TdbStore openOrCreate(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (Files.notExists(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
            }
        }
        return open(folder);
    }

    /** Opens the store in {@code folder}, which must already hold one. */
    public static TdbStore openExisting(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder) || listing(folder).isEmpty()) {
            throw new StoreException("no TDB2 store at " + folder + ": load one first with 'lkg load FILES --store "
                    + folder + "'");
        }
        return open(folder);
    }

    private static TdbStore open(Path folder) {
        checkLooksLikeStore(folder);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(folder));
            // Touch the indexes now, so a damaged store fails here with the folder named, not in the first load.
            Txn.executeRead(dsg, () -> dsg.find().hasNext());
        } catch (JenaException | IllegalStateException e) {
            throw openFailure(folder, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(folder, dsg);
    }

    // TDB2 would happily create its files among someone else's: refuse any non-empty folder that is not a store.
    private static void checkLooksLikeStore(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder + " is not a TDB2 store: it is a file, and a store is a folder");
        }
        List<String> names = listing(folder);
        if (names.isEmpty()) return;
        boolean tdb2 = names.stream().anyMatch(n -> n.equals(LOCK_FILE) || DATA_DIR.matcher(n).matches());
        if (tdb2) return;
        String hint = names.contains("nodes.dat") ? " (it looks like a TDB1 store, which this tool does not read)" : "";
        throw new StoreException(folder + " is not a TDB2 store" + hint + ": it holds "
                + String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : "")
                + "; give a new or empty folder, or an existing store");
    }

    private static StoreException openFailure(Path folder, RuntimeException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("lock")) {
            return new StoreException("the store " + folder + " is locked by another process" + lockHolder(folder)
                    + ": stop that process (a running 'lkg fuseki' or load, for example) and try again", e);
        }
        return new StoreException("cannot open the TDB2 store at " + folder + ": " + msg, e);
    }

    private static String lockHolder(Path folder) {
        try {
            String pid = Files.readString(folder.resolve(LOCK_FILE), StandardCharsets.US_ASCII).strip();
            return pid.isEmpty() ? "" : " (PID " + pid + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("cannot read the store folder " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() { return folder; }

    /** The dataset, union default graph on; use it inside transactions. */
    public DatasetGraph dataset() { return dataset; }

    /**
     * The archive of superseded editions, in the TDB2 store {@code <folder>/editions} (opened on first use, closed
     * with this store). Kept apart because this store's default graph is the union of its graphs.
     */
    public synchronized EditionArchive archive() {
        if (archive == null) archive = openOrCreate(folder.resolve(ARCHIVE_FOLDER));
        return EditionArchive.in(archive.dataset());
    }

    /**
     * Rewrites the store with only its current triples and deletes the old generation. TDB2 never overwrites a block
     * a committed transaction may still be reading: every write transaction leaves the blocks it replaced on disk
     * until a compaction, so a batch of many lists (one transaction each) grows the folder far past its live data
     * (bench/store/RESULTS.md: 3.5 GB for 100 lists whose triples take 350 MB).
     *
     * @return how long it took
     */
    public Duration compact() {
        long start = System.nanoTime();
        try {
            DatabaseMgr.compact(dataset, true);
        } catch (JenaException e) {
            throw new StoreException("cannot compact the store " + folder + ": " + e.getMessage(), e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The store's size (its own, not the edition archive's) and the quads it holds; with
     * {@link StoreSize#worthCompacting()} the rule for when to compact. The size is what TDB2 has allocated: the
     * blocks of every B+tree (quad and triple indexes, the node table's index), live or left behind by earlier
     * transactions, and the node data file. Not the files' lengths: TDB2 grows its memory-mapped files 8 MiB at a
     * time, so a store of one list has 190 MiB of files and 5 MiB on disk. Counting reads one index, no node.
     */
    public StoreSize size() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            long quads = 0, bytes = 0;
            for (NodeTupleTable table : List.of(tdb.getQuadTable().getNodeTupleTable(), tdb.getTripleTable().getNodeTupleTable())) {
                quads += table.getTupleTable().size();
                for (TupleIndex index : table.getTupleTable().getIndexes()) {
                    if (index.baseTupleIndex() instanceof TupleIndexRecord r) bytes += allocated(r.getRangeIndex());
                }
            }
            if (tdb.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable() instanceof NodeTableTRDF nodes) {
                bytes += allocated(nodes.getIndex()) + nodes.getData().length();
            }
            return new StoreSize(bytes, quads);
        });
    }

    private static long allocated(Object index) {
        if (!(index instanceof BPlusTree tree)) return 0;
        return (tree.getNodeManager().getBlockMgr().allocLimit() + tree.getRecordsMgr().getBlockMgr().allocLimit())
                * (long) SystemTDB.BlockSize;
    }

    /** Releases the store and its lock file so that another process can open it. */
    @Override
    public synchronized void close() {
        if (archive != null) archive.close();
        TDBInternal.expel(dataset);
    }
}

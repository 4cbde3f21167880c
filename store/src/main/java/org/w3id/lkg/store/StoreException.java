package org.w3id.lkg.store;

/** The store or endpoint failed (not a store, locked, down, answered an error); the input itself may be fine. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }

    public StoreException(String message) { super(message); }
}

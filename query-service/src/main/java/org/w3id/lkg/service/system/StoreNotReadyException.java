package org.w3id.lkg.service.system;

/** A query arrived before the store was open and loaded, or after it failed: the answer is 503. */
public class StoreNotReadyException extends RuntimeException {
    public StoreNotReadyException(String message) { super(message); }
}

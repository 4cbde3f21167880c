package org.w3id.lkg.ingest.rdf;

/** Bad input: the RDF syntax asked for (by name, or by the output file's extension) is not one lkg writes. */
public class OutputFormatException extends RuntimeException {
    public OutputFormatException(String message) {
        super(message);
    }
}

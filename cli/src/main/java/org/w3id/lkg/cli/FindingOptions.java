package org.w3id.lkg.cli;

import java.util.Locale;

import org.w3id.lkg.ingest.FindingPolicy;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on error|warning|never}: which findings fail a list, shared by ingest and load (exit 4). */
final class FindingOptions {
    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "never", converter = PolicyName.class,
            description = "fail (exit 4, listing file:line:column of each) when a list has findings of this severity"
                    + " or worse: error, warning or never (default: ${DEFAULT-VALUE}; the severities are in"
                    + " ontology/README.md)")
    FindingPolicy failOn;

    /** Reads error, warning or never, as users type them. */
    static final class PolicyName implements ITypeConverter<FindingPolicy> {
        @Override
        public FindingPolicy convert(String value) {
            try {
                return FindingPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected error, warning or never, found '" + value + "'");
            }
        }
    }
}

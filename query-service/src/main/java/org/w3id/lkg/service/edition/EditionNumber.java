package org.w3id.lkg.service.edition;

import org.w3id.lkg.service.system.ApiException;

/** An edition number as a request gives it ({@code from=1}): 1 or more, else a 400 naming the parameter. */
public final class EditionNumber {
    private EditionNumber() {}

    /** The number {@code value} spells, for the parameter {@code parameter}. */
    public static int parse(String parameter, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(parameter + ": '" + value + "' is not an edition number (1, 2, …)");
    }
}

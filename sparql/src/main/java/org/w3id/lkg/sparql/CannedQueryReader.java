package org.w3id.lkg.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;

/**
 * Reads one {@code .rq} file: the header (the leading {@code #} comment lines, see sparql/README.md for the grammar)
 * and the query after it, and checks that the two agree.
 */
final class CannedQueryReader {
    private CannedQueryReader() {}

    /** Reads {@code text}, the content of a file {@code fileName} ({@code NAME.rq}); every fault names the file and line. */
    static CannedQuery read(String fileName, String text) {
        String stem = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        Header h = new Header();
        String[] lines = text.split("\r?\n", -1);
        String lastKey = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (!line.startsWith("#")) break;
            String body = line.substring(1).strip();
            int colon = body.indexOf(':');
            String key = colon > 0 ? body.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (colon > 0 && key.matches("[a-z]+") && Header.KEYS.contains(key)) {
                h.put(key, body.substring(colon + 1).strip(), fileName, i + 1);
                lastKey = key;
            } else if (!body.isEmpty() && ("description".equals(lastKey))) {
                h.description.append(' ').append(body);      // continuation of a long description
            }
        }
        if (h.name == null) throw fault(fileName, 1, "no '# name:' header line");
        if (!h.name.equals(stem)) throw fault(fileName, 1, "header name '" + h.name + "' differs from the file name '" + stem + "'");
        if (h.result == null) throw fault(fileName, 1, "no '# result:' header line");
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw new CannedQueryException(fileName + ": the query does not parse: " + e.getMessage(), e);
        }
        check(fileName, h, query);
        return new CannedQuery(h.name, h.title, h.description.toString().strip(), h.params, h.result, text, query);
    }

    private static void check(String fileName, Header h, Query query) {
        if (!query.isSelectType()) throw fault(fileName, 1, "canned queries are SELECT queries");
        List<String> projected = query.getProjectVars().stream().map(Var::getVarName).toList();
        if (!projected.equals(h.result))
            throw fault(fileName, 1, "'# result: " + h.result.stream().map(v -> "?" + v).collect(Collectors.joining(" "))
                    + "' differs from the SELECT list " + projected);
        for (QueryParameter p : h.params)
            if (!substitutes(query, p.name()))
                throw fault(fileName, 1, "parameter '" + p.name() + "' is not a variable of the query pattern");
    }

    // Whether binding the variable changes the query's pattern: it is used in a triple, a filter, a path, a subquery.
    static boolean substitutes(Query query, String var) {
        String marker = "urn:x-lkg:parameter-check:" + var;
        Query bound = Substitution.apply(query, java.util.Map.of(var, NodeFactory.createURI(marker)));
        return bound.getQueryPattern().toString().contains(marker);
    }

    static CannedQueryException fault(String fileName, int line, String what) {
        return new CannedQueryException(fileName + ":" + line + ": " + what);
    }

    private static final class Header {
        static final Set<String> KEYS = Set.of("name", "title", "description", "param", "result");
        String name;
        String title;
        final StringBuilder description = new StringBuilder();
        final List<QueryParameter> params = new ArrayList<>();
        List<String> result;

        void put(String key, String value, String fileName, int line) {
            switch (key) {
                case "name" -> name = value;
                case "title" -> title = value;
                case "description" -> description.append(' ').append(value);
                case "param" -> params.add(param(value, fileName, line));
                case "result" -> result = resultVars(value, fileName, line);
                default -> throw new IllegalStateException(key);
            }
        }

        private List<String> resultVars(String value, String fileName, int line) {
            List<String> vars = new ArrayList<>();
            for (String tok : value.split("\\s+")) {
                if (!tok.matches("[?$][A-Za-z_][A-Za-z0-9_]*")) throw fault(fileName, line, "'" + tok + "' is not a ?variable");
                vars.add(tok.substring(1));
            }
            return vars;
        }

        // name | type | required|optional | description | example
        private QueryParameter param(String value, String fileName, int line) {
            String[] f = value.split("\\|", -1);
            if (f.length < 3 || f.length > 5)
                throw fault(fileName, line, "expected 'name | type | required|optional | description | example', got '" + value + "'");
            String req = f[2].strip().toLowerCase(Locale.ROOT);
            if (!req.equals("required") && !req.equals("optional"))
                throw fault(fileName, line, "expected 'required' or 'optional', got '" + f[2].strip() + "'");
            try {
                return new QueryParameter(f[0].strip(), ParameterType.fromKey(f[1]), req.equals("required"),
                        f.length > 3 ? f[3].strip() : "", f.length > 4 ? f[4].strip() : "");
            } catch (CannedQueryException | IllegalArgumentException e) {   // the type, or the name (QueryParameter)
                throw fault(fileName, line, e.getMessage());
            }
        }
    }
}

package org.w3id.lkg.service.canned;

import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.ParameterType;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.QueryParameter;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Adds one OpenAPI path per canned query, {@code /api/queries/{name}}, with its parameters (type, required,
 * description, example), its answer formats and its result variables, read from the .rq headers: the description
 * can never drift from the queries.
 */
@Component
class CannedQueryOpenApi implements OpenApiCustomizer {
    private final QueryCatalog catalog;

    CannedQueryOpenApi(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("lkg query service").version(version())
                .description("SPARQL 1.1 Protocol, the canned queries of sparql/*.rq and reference resolution over the lkg "
                        + "legal knowledge graph of power lists (权责清单) and the statutes they rest on."));
        if (openApi.getPaths() == null) openApi.setPaths(new Paths());
        for (CannedQuery q : catalog.all()) openApi.getPaths().addPathItem("/api/queries/" + q.name(), new PathItem().get(operation(q)));
    }

    private static String version() {
        String v = CannedQueryOpenApi.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static Operation operation(CannedQuery q) {
        List<Parameter> params = new ArrayList<>();
        for (QueryParameter p : q.parameters()) {
            params.add(new Parameter().in("query").name(p.name()).required(p.required())
                    .description(p.description() + " (" + p.type().key() + ": " + typeNote(p.type()) + ")")
                    .schema(schema(p.type())).example(p.example().isBlank() ? null : p.example()));
        }
        params.add(new Parameter().in("query").name("format").required(false)
                .description("json (plain rows, default), sparql-json, xml, csv, tsv; overrides Accept")
                .schema(new StringSchema()._enum(List.of("json", "sparql-json", "xml", "csv", "tsv"))));
        params.add(new Parameter().in("query").name(org.w3id.lkg.service.edition.EditionDatasets.PARAMETER).required(false)
                .description("run over this edition of a list alone instead of the current lists: LIST-KEY/N (e.g. "
                        + "000_9601f697a03374a4/1) or the edition's IRI; repeatable").schema(new StringSchema()));
        ObjectSchema row = new ObjectSchema();
        for (String v : q.resultVariables()) row.addProperty(v, new Schema<>().description("?" + v));
        Content content = new Content()
                .addMediaType("application/json", new MediaType().schema(new ArraySchema().items(row)))
                .addMediaType("application/sparql-results+json", new MediaType().schema(new MapSchema()))
                .addMediaType("application/sparql-results+xml", new MediaType().schema(new StringSchema()))
                .addMediaType("text/csv", new MediaType().schema(new StringSchema()))
                .addMediaType("text/tab-separated-values", new MediaType().schema(new StringSchema()));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("rows with " + String.join(", ", q.resultVariables().stream().map(v -> "?" + v).toList())).content(content))
                .addApiResponse("400", new ApiResponse().description("a parameter is missing, malformed or names nothing in the graph (with the nearest candidates)"))
                .addApiResponse("406", new ApiResponse().description("no acceptable format"))
                .addApiResponse("503", new ApiResponse().description("the store is loading, or the query ran out of time"));
        return new Operation().operationId("canned-" + q.name()).summary(q.title()).description(q.description())
                .addTagsItem("Canned queries").parameters(params).responses(responses);
    }

    private static Schema<?> schema(ParameterType type) {
        return switch (type) {
            case INTEGER -> new Schema<>().type("integer");
            case DECIMAL -> new Schema<>().type("number");
            default -> new StringSchema();
        };
    }

    private static String typeNote(ParameterType type) {
        return switch (type) {
            case STRING -> "any text";
            case INTEGER -> "a whole number, Arabic or Chinese numerals";
            case DECIMAL -> "a number, e.g. 10000 or 一万";
            case ARTICLE_REF -> "an article as people write it, e.g. 律师法第四十九条, 律师法 49, 《中华人民共和国律师法》第49条";
            case STATUTE -> "a statute by title or short title, e.g. 律师法";
            case LEGAL_REF -> "a statute, or an article in one";
            case UNIT -> "a handling unit (承办机构) by name";
            case PARTY -> "a party by label or key, e.g. 律师 or lawyer";
            case POWER_TYPE -> "a power type by label or key, e.g. 行政处罚";
            case SANCTION_TYPE -> "a sanction type by label or key, e.g. 罚款 or fine";
            case IRI -> "an absolute IRI";
        };
    }
}

package org.w3id.lkg.service.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * A remote store whose default graph is every triple of every graph with duplicates kept (Virtuoso, when a query
 * names no graph), made to answer as a store whose default graph is the merge of its graphs (TDB2's union default
 * graph). Over the merge a group of triple patterns matches each solution once; over the concatenation a triple
 * that two lists' graphs both hold (a statute both cite) matches once per graph, and every count, sum and
 * concatenation above it grows. So the solutions of the query's pattern are de-duplicated (over all their
 * variables) before anything groups, counts or projects them.
 *
 * <p>One difference remains: where the pattern itself yields a solution twice (a {@code UNION} whose branches both
 * match it) the merge keeps both and this keeps one. Sub-selects are rewritten the same way. The store plans the one
 * extra {@code DISTINCT} as any other.
 */
final class MergedDefaultGraph implements SparqlSource {
    private final SparqlSource store;

    MergedDefaultGraph(SparqlSource store) { this.store = store; }

    @Override
    public <T> T execute(Query query, Duration timeout, Function<QueryExec, T> action) {
        return store.execute(rewrite(query), timeout, action);
    }

    @Override
    public String describe() { return store.describe(); }

    /** A SELECT with its pattern's solutions de-duplicated: the same prefixes and result variables. */
    static Query rewrite(Query query) {
        // A graph (CONSTRUCT, DESCRIBE) holds a triple once anyway, and ASK asks whether there is one: only tables
        // can tell a triple met twice from once.
        if (!query.isSelectType()) return query;
        Query select = query.cloneQuery();
        if (select.isQueryResultStar()) {
            // The columns stay the query's own, whatever the sub-selects the rewrite adds project.
            List<String> vars = select.getResultVars();
            select.setQueryResultStar(false);
            vars.forEach(select::addResultVar);
        }
        // LIMIT and OFFSET go on a query around the rest: Virtuoso 7.2 given ORDER BY and LIMIT over a DISTINCT
        // sub-select de-duplicates on the outer columns only, and loses rows; around it, it does not.
        long limit = select.getLimit(), offset = select.getOffset();
        select.setLimit(Query.NOLIMIT);
        select.setOffset(Query.NOLIMIT);
        Query out = OpAsQuery.asQuery(distinctSolutions(Algebra.compile(select)));
        if (limit != Query.NOLIMIT || offset != Query.NOLIMIT) {
            Query around = new Query();
            around.setQuerySelectType();
            select.getResultVars().forEach(around::addResultVar);
            ElementGroup where = new ElementGroup();
            where.addElement(new ElementSubQuery(out));
            around.setQueryPattern(where);
            around.setLimit(limit);
            around.setOffset(offset);
            out = around;
        }
        out.setPrefixMapping(query.getPrefixMapping());
        if (query.getBaseURI() != null) out.setBaseURI(query.getBaseURI());
        return out;
    }

    private static Op distinctSolutions(Op op) {
        // Peel the solution modifiers; what is left is the pattern, or a grouping over it.
        if (op instanceof OpSlice o) return new OpSlice(distinctSolutions(o.getSubOp()), o.getStart(), o.getLength());
        if (op instanceof OpDistinct o) return OpDistinct.create(distinctSolutions(o.getSubOp()));
        if (op instanceof OpReduced o) return OpReduced.create(distinctSolutions(o.getSubOp()));
        if (op instanceof OpProject o) return new OpProject(distinctSolutions(o.getSubOp()), o.getVars());
        if (op instanceof OpOrder o) return new OpOrder(distinctSolutions(o.getSubOp()), o.getConditions());
        if (op instanceof OpExtend o && isGrouped(o.getSubOp())) return OpExtend.create(distinctSolutions(o.getSubOp()), o.getVarExprList());
        if (op instanceof OpFilter o && isGrouped(o.getSubOp())) return OpFilter.filterBy(o.getExprs(), distinctSolutions(o.getSubOp()));
        if (op instanceof OpGroup o) return new OpGroup(distinctSolutions(o.getSubOp()), o.getGroupVars(), o.getAggregators());
        // The variables named, not *: Virtuoso narrows a sub-select's * to what the query above uses, and DISTINCT
        // over those would merge solutions the merge keeps apart.
        Op pattern = Transformer.transform(new SubSelects(), op);
        List<Var> vars = new ArrayList<>(OpVars.visibleVars(pattern));
        if (vars.isEmpty()) return new OpSlice(pattern, 0, 1);   // a pattern of constants matches once or not at all
        vars.sort((a, b) -> a.getVarName().compareTo(b.getVarName()));
        return OpDistinct.create(new OpProject(pattern, vars));
    }

    // HAVING and the aggregates' names sit above the grouping as a filter and an extend.
    private static boolean isGrouped(Op op) {
        return op instanceof OpGroup || op instanceof OpExtend e && isGrouped(e.getSubOp())
                || op instanceof OpFilter f && isGrouped(f.getSubOp());
    }

    /** A sub-select inside the pattern is a query of its own: its solutions are de-duplicated the same way. */
    private static final class SubSelects extends TransformCopy {
        @Override
        public Op transform(OpProject original, Op rewrittenInside) {
            return new OpProject(distinctSolutions(rewrittenInside), original.getVars());
        }
    }
}

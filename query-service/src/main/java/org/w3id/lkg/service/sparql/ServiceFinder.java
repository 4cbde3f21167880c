package org.w3id.lkg.service.sparql;

import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Finds a {@code SERVICE} anywhere in an algebra expression. Jena's walker visits the operators but not every
 * expression they hold (sort keys, aggregates), and never the pattern inside an EXISTS; each of those can hold a
 * SERVICE, so this looks into all of them, recursively.
 */
final class ServiceFinder {
    private boolean found;

    private ServiceFinder() {}

    /** Whether {@code op} holds a SERVICE anywhere. */
    static boolean in(Op op) {
        ServiceFinder f = new ServiceFinder();
        f.walk(op);
        return f.found;
    }

    private void walk(Op op) {
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) { found = true; }
            @Override public void visit(OpFilter f) { f.getExprs().forEach(ServiceFinder.this::expr); }
            @Override public void visit(OpExtend e) { e.getVarExprList().getExprs().values().forEach(ServiceFinder.this::expr); }
            @Override public void visit(OpLeftJoin j) { if (j.getExprs() != null) j.getExprs().forEach(ServiceFinder.this::expr); }
            @Override public void visit(OpOrder o) { o.getConditions().stream().map(SortCondition::getExpression).forEach(ServiceFinder.this::expr); }
            @Override public void visit(OpGroup g) {
                g.getGroupVars().getExprs().values().forEach(ServiceFinder.this::expr);
                for (ExprAggregator a : g.getAggregators())
                    if (a.getAggregator().getExprList() != null) a.getAggregator().getExprList().forEach(ServiceFinder.this::expr);
            }
        });
    }

    private void expr(Expr e) {
        if (found || e == null) return;
        Walker.walk(e, new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp f) {
                if (f.getGraphPattern() != null) walk(f.getGraphPattern());
            }
        });
    }
}

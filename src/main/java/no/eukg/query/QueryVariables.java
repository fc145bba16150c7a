package no.eukg.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/** The variables of a query's syntax, wherever they occur: patterns, expressions, subqueries, modifiers. */
final class QueryVariables {
    private QueryVariables() { }

    /** Every variable the query mentions, roughly in order of appearance. */
    static Set<Var> mentioned(Query query) {
        Set<Var> vars = new LinkedHashSet<>();
        collect(query, vars);
        return vars;
    }

    /** The simple triple patterns and paths, anywhere in the query's pattern, in which {@code var} is subject or object. */
    static List<TriplePath> triplePatternsMentioning(Query query, Var var) {
        List<TriplePath> out = new ArrayList<>();
        if (query.getQueryPattern() == null)
            return out;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath tp : el.getPattern())
                    if (var.equals(tp.getSubject()) || var.equals(tp.getObject()) || var.equals(tp.getPredicate()))
                        out.add(tp);
            }

            @Override
            public void visit(ElementTriplesBlock el) {
                el.getPattern().forEach(t -> {
                    if (var.equals(t.getSubject()) || var.equals(t.getObject()) || var.equals(t.getPredicate()))
                        out.add(new TriplePath(t));
                });
            }
        });
        return out;
    }

    private static void collect(Query query, Set<Var> vars) {
        if (query.getQueryPattern() != null)
            walk(query.getQueryPattern(), vars);
        query.getProject().forEachVarExpr((v, e) -> {
            if (e != null)
                expr(e, vars);
        });
        if (query.hasGroupBy())
            query.getGroupBy().forEachVarExpr((v, e) -> {
                vars.add(v);
                if (e != null)
                    expr(e, vars);
            });
        if (query.hasHaving())
            query.getHavingExprs().forEach(e -> expr(e, vars));
        if (query.hasOrderBy())
            for (SortCondition c : query.getOrderBy())
                expr(c.getExpression(), vars);
        if (query.hasValues())
            vars.addAll(query.getValuesVariables());
        if (query.isConstructType() && query.getConstructTemplate() != null)
            query.getConstructTemplate().getQuads().forEach(q -> {
                node(q.getSubject(), vars);
                node(q.getPredicate(), vars);
                node(q.getObject(), vars);
            });
        if (query.isDescribeType())
            vars.addAll(query.getProjectVars());
    }

    private static void walk(Element element, Set<Var> vars) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath tp : el.getPattern()) {
                    node(tp.getSubject(), vars);
                    if (tp.isTriple())
                        node(tp.getPredicate(), vars);
                    node(tp.getObject(), vars);
                }
            }

            @Override
            public void visit(ElementTriplesBlock el) {
                el.getPattern().forEach(t -> {
                    node(t.getSubject(), vars);
                    node(t.getPredicate(), vars);
                    node(t.getObject(), vars);
                });
            }

            @Override
            public void visit(ElementFilter el) { expr(el.getExpr(), vars); }

            @Override
            public void visit(ElementBind el) {
                expr(el.getExpr(), vars);
                vars.add(el.getVar());
            }

            @Override
            public void visit(ElementAssign el) {
                expr(el.getExpr(), vars);
                vars.add(el.getVar());
            }

            @Override
            public void visit(ElementData el) { vars.addAll(el.getVars()); }

            @Override
            public void visit(ElementNamedGraph el) { node(el.getGraphNameNode(), vars); }

            @Override
            public void visit(ElementSubQuery el) { collect(el.getQuery(), vars); }
        });
    }

    private static void expr(Expr e, Set<Var> vars) {
        Collection<Var> mentioned = e.getVarsMentioned();
        vars.addAll(mentioned);
    }

    private static void node(Node n, Set<Var> vars) {
        if (Var.isVar(n))
            vars.add(Var.alloc(n));
    }
}

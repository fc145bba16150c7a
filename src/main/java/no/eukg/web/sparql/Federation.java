package no.eukg.web.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Whether a query asks for federation ({@code SERVICE}), anywhere: in a subquery, an
 * {@code OPTIONAL}, a {@code FILTER EXISTS}. Such a query is refused before it runs: ARQ, with
 * {@code SERVICE} off, would stop it only when evaluation reached the clause, which in a
 * {@code UNION} may be after part of a 200 has gone out, and with its own symbol's name as the message.
 */
final class Federation {
    private Federation() { }

    static boolean asksFor(Query query) {
        if (query.getQueryPattern() == null)
            return false;
        boolean[] found = {false};
        // An expression visitor, even one doing nothing, makes the walk enter FILTER EXISTS patterns.
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}

package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a parsed expression, accepting only the constructs of the allow-list, checking types,
 * and returning the checked tree (see {@link Code}). Every rejected construct is reported with its position.
 */
final class Checker {
    private static final int MAX_DEPTH = 64;

    final ExprSchema schema;
    final String owner;
    final boolean valueMode;
    private final PositionMap at;
    private final Diagnostics diags;
    private final Set<String> paths = new LinkedHashSet<>();
    private final Calls calls;

    Checker(ExprSchema schema, PositionMap at, String owner, boolean valueMode, Diagnostics diags) {
        this.schema = schema;
        this.at = at;
        this.owner = owner;
        this.valueMode = valueMode;
        this.diags = diags;
        this.calls = new Calls(this);
    }

    /** Records that the expression reads a descriptor path through a function. */
    void reads(String path) {
        paths.add(path);
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    List<String> optionalPaths() {
        return paths.stream().filter(p -> DescriptorPaths.get(p).optional()).toList();
    }

    Position position(Expression e) {
        return e.getRange().map(r -> at.at(r.begin.line, r.begin.column)).orElse(at.at(1, 1));
    }

    Typed error(Expression e, String message) {
        String note = e.getRange().map(r -> at.note(r.begin.line, r.begin.column)).orElse("");
        diags.error(position(e), owner + ": " + message + note);
        return null;
    }

    Typed check(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return error(e, "expression is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (e instanceof EnclosedExpr en) return check(en.getInner(), depth + 1);
        if (e instanceof BooleanLiteralExpr b) {
            return Typed.of(ValueType.BOOLEAN, new Code.BoolConstant(b.getValue()), e);
        }
        if (e instanceof IntegerLiteralExpr i) return Literals.integer(this, i);
        if (e instanceof DoubleLiteralExpr d) return Literals.decimal(this, d);
        if (e instanceof StringLiteralExpr s) {
            String v = s.asString();
            return new Typed(ValueType.STRING, new Code.TextConstant(v), List.of(), v, e);
        }
        if (e instanceof NameExpr n) return name(n);
        if (e instanceof FieldAccessExpr f) return path(f);
        if (e instanceof MethodCallExpr m) return calls.call(m, depth);
        if (e instanceof UnaryExpr u) return Operators.unary(this, u, depth);
        if (e instanceof BinaryExpr b) return Operators.binary(this, b, depth);
        if (e instanceof ConditionalExpr ce) return Operators.conditional(this, ce, depth);
        if (e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN) {
            // the commonest by far: '=' meant as a comparison
            return error(e, "'=' assigns, and a condition cannot change anything; to compare, write "
                    + Forbidden.shorten(a.getTarget() + " == " + a.getValue()));
        }
        if (e instanceof ArrayAccessExpr a && "team.skills".equals(dotted(a.getName()))) {
            String language = a.getIndex() instanceof StringLiteralExpr l ? l.asString() : "language";
            return error(e, "indexing is not allowed in conditions; read a team skill with skill(\"" + language
                    + "\")");
        }
        return error(e, Forbidden.describe(e) + " is not allowed in conditions; the language allows literals, "
                + "descriptor paths, operators, ?: and the functions of rules.md");
    }

    private Typed name(NameExpr n) {
        String name = n.getNameAsString();
        if (name.equals("candidate")) {
            if (!valueMode) {
                return error(n, "'candidate' exists only inside a criterion's value: expression");
            }
            List<String> ids = schema.candidates().stream().sorted().toList();
            return new Typed(ValueType.STRING, new Code.Candidate(), ids, null, n);
        }
        if (DescriptorPaths.get(name) != null) {
            return field(n, name);
        }
        if (DescriptorPaths.sections().contains(name)) {
            return error(n, "'" + name + "' is a section of the descriptor; use one of its fields, such as '"
                    + firstPathIn(name) + "'");
        }
        List<String> known = new ArrayList<>(DescriptorPaths.sections());
        if (valueMode) known.add("candidate");
        String hint = Hints.forName(name, schema);
        return error(n, "unknown name '" + name + "'" + (hint.isEmpty() ? Suggestions.didYouMean(name, known) : hint));
    }

    private static String firstPathIn(String section) {
        return DescriptorPaths.all().stream().filter(p -> p.startsWith(section + ".")).findFirst().orElse(section);
    }

    /** The dotted text of a chain of names, or null when the chain holds anything else. */
    static String dotted(Expression e) {
        if (e instanceof NameExpr n) return n.getNameAsString();
        if (e instanceof FieldAccessExpr f && f.getTypeArguments().isEmpty()) {
            String scope = dotted(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    private Typed path(FieldAccessExpr f) {
        String p = dotted(f);
        if (p == null) {
            Expression root = f.getScope();
            while (root instanceof FieldAccessExpr inner) {
                root = inner.getScope();
            }
            return error(f, "field access on " + Forbidden.describe(root)
                    + " is not allowed; only descriptor paths such as 'io.profile' can be read");
        }
        if (DescriptorPaths.get(p) == null) {
            String section = p.contains(".") ? p.substring(0, p.indexOf('.')) : p;
            String hint = section.equals("team") && p.startsWith("team.skills")
                    ? " (use skill(\"language\") to read a team skill)"
                    : Hints.forName(p, schema);
            if (hint.isEmpty()) hint = Suggestions.didYouMean(p, DescriptorPaths.all());
            return error(f, "unknown descriptor path '" + p + "'" + hint);
        }
        return field(f, p);
    }

    private Typed field(Expression e, String p) {
        DescriptorPaths.Path def = DescriptorPaths.get(p);
        paths.add(p);
        return new Typed(def.type(), new Code.Field(def), def.enumValues(), null, e);
    }
}

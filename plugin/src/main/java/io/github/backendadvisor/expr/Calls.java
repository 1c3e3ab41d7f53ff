package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.backendadvisor.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The only calls a condition may make: four functions and five list methods. */
final class Calls {
    static final List<String> FUNCTIONS = List.of("skill", "skillOf", "coverage", "needs");
    static final List<String> LIST_METHODS = List.of("contains", "containsAny", "containsAll", "size", "isEmpty");
    private static final String ALLOWED = "conditions may call only skill, skillOf, coverage and needs, and "
            + "contains, containsAny, containsAll, size and isEmpty on libraries.needs or libraries.mustHave";

    private final Checker ch;

    Calls(Checker ch) {
        this.ch = ch;
    }

    Typed call(MethodCallExpr m, int depth) {
        String name = m.getNameAsString();
        if (m.getTypeArguments().isPresent()) {
            return ch.error(m, "type arguments are not allowed in calls");
        }
        if (m.getScope().isEmpty()) {
            return function(m, name, depth);
        }
        Expression scope = m.getScope().get();
        String dotted = Checker.dotted(scope);
        DescriptorPaths.Path path = dotted == null ? null : DescriptorPaths.get(dotted);
        if (path != null && path.type() != ValueType.LIST && name.equals("equals") && m.getArguments().size() == 1) {
            // Java's way to compare strings; here values compare with ==
            return ch.error(m, "calling 'equals' on '" + dotted + "' is not allowed; values compare with ==: "
                    + Forbidden.shorten(dotted + " == " + m.getArgument(0)));
        }
        if (path == null || path.type() != ValueType.LIST) {
            String on = dotted != null ? "'" + dotted + "'" : Forbidden.describe(scope);
            return ch.error(m, "calling '" + name + "' on " + on + " is not allowed; " + ALLOWED);
        }
        if (!LIST_METHODS.contains(name)) {
            return ch.error(m, "unknown list method '" + name + "'" + Suggestions.didYouMean(name, LIST_METHODS)
                    + "; lists offer contains, containsAny, containsAll, size and isEmpty");
        }
        Typed list = ch.check(scope, depth + 1);
        if (list == null) return null;
        return listMethod(m, name, list.code(), depth);
    }

    private Typed listMethod(MethodCallExpr m, String name, Code list, int depth) {
        int n = m.getArguments().size();
        if (name.equals("size") || name.equals("isEmpty")) {
            if (n != 0) return ch.error(m, "'" + name + "()' takes no arguments");
            return name.equals("size")
                    ? Typed.of(ValueType.INT, new Code.Size(list), m)
                    : Typed.of(ValueType.BOOLEAN, new Code.IsEmpty(list), m);
        }
        if (name.equals("contains") && n != 1) {
            return ch.error(m, "'contains' takes exactly one capability id; for several, use containsAny or"
                    + " containsAll");
        }
        if (n == 0) return ch.error(m, "'" + name + "' takes at least one capability id");
        List<Code> args = stringArgs(m, ch.schema.capabilities(), "capability", depth);
        if (args == null) return null;
        // containsAny is an || of contains, containsAll an && of them; contains is either with one item
        boolean any = !name.equals("containsAll");
        Code x = new Code.Contains(list, args.get(0));
        for (int i = 1; i < args.size(); i++) {
            Code next = new Code.Contains(list, args.get(i));
            x = any ? new Code.Or(x, next) : new Code.And(x, next);
        }
        return Typed.of(ValueType.BOOLEAN, x, m);
    }

    private Typed function(MethodCallExpr m, String name, int depth) {
        if (!FUNCTIONS.contains(name)) {
            String hint = Suggestions.didYouMean(name, FUNCTIONS);
            return ch.error(m, "unknown function '" + name + "'" + (hint.isEmpty() ? "; " + ALLOWED : hint));
        }
        if (m.getArguments().size() != 1) {
            return ch.error(m, "'" + name + "' takes exactly one argument");
        }
        Set<String> ids;
        String kind;
        switch (name) {
            case "skill" -> { ids = ch.schema.languages(); kind = "language"; }
            case "needs" -> { ids = ch.schema.capabilities(); kind = "capability"; }
            default -> { ids = ch.schema.candidates(); kind = "candidate"; }
        }
        List<Code> args = stringArgs(m, ids, kind, depth);
        if (args == null) return null;
        if (name.equals("needs")) ch.reads("libraries.needs");
        Code a = args.get(0);
        return switch (name) {
            case "skill" -> Typed.of(ValueType.INT, new Code.Call(Code.Fn.SKILL, a), m);
            case "skillOf" -> Typed.of(ValueType.INT, new Code.Call(Code.Fn.SKILL_OF, a), m);
            case "coverage" -> Typed.of(ValueType.NUMBER, new Code.Call(Code.Fn.COVERAGE, a), m);
            default -> Typed.of(ValueType.BOOLEAN, new Code.Call(Code.Fn.NEEDS, a), m);
        };
    }

    /** Checks that every argument is text; literal ids must be ones the packs define. */
    private List<Code> stringArgs(MethodCallExpr m, Set<String> ids, String kind, int depth) {
        List<Code> out = new ArrayList<>();
        boolean ok = true;
        for (Expression arg : m.getArguments()) {
            Typed t = ch.check(arg, depth + 1);
            if (t == null) {
                ok = false;
                continue;
            }
            if (t.type() != ValueType.STRING) {
                ch.error(arg, "'" + m.getNameAsString() + "' takes a " + kind + " id as text, not "
                        + t.type().description());
                ok = false;
                continue;
            }
            if (t.literal() != null && !ids.contains(t.literal())) {
                ch.error(arg, "unknown " + kind + " '" + t.literal() + "'" + Suggestions.didYouMean(t.literal(), ids));
                ok = false;
                continue;
            }
            out.add(t.code());
        }
        return ok ? out : null;
    }
}

package io.github.backendadvisor.expr;

import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * A checked expression as a tree of small immutable objects, one per operation, evaluated by
 * walking it. This form costs almost nothing to build and runs well from its first evaluation,
 * interpreted or compiled: what a build of a few hundred modules needs. {@link #handle()} builds
 * the other form, a method-handle tree that the JIT customises and inlines into code close to a
 * hand-written lambda, but that costs milliseconds to build and to link per expression; it pays
 * off only over very many evaluations (see {@link CompiledExpression}). Both forms call the same
 * operations of {@link Handles}, so they give the same results.
 */
abstract class Code {

    boolean bool(EvalContext c) {
        throw new IllegalStateException("not a boolean expression: " + getClass().getSimpleName());
    }

    double num(EvalContext c) {
        throw new IllegalStateException("not a numeric expression: " + getClass().getSimpleName());
    }

    /** Text (a String, null when absent) or a list. */
    Object ref(EvalContext c) {
        throw new IllegalStateException("not a text or list expression: " + getClass().getSimpleName());
    }

    /** The same expression as a method handle of type (EvalContext)boolean, double, String or List. */
    abstract MethodHandle handle();

    /** The operands, in order; none for a leaf. */
    List<Code> children() {
        return List.of();
    }

    /** A node with one operand. */
    abstract static class Unary extends Code {
        final Code x;

        Unary(Code x) {
            this.x = x;
        }

        @Override
        List<Code> children() {
            return List.of(x);
        }
    }

    /** A node with two operands. */
    abstract static class Binary extends Code {
        final Code l;
        final Code r;

        Binary(Code l, Code r) {
            this.l = l;
            this.r = r;
        }

        @Override
        List<Code> children() {
            return List.of(l, r);
        }
    }

    // ---- leaves

    static final class BoolConstant extends Code {
        final boolean v;

        BoolConstant(boolean v) {
            this.v = v;
        }

        @Override boolean bool(EvalContext c) { return v; }
        @Override MethodHandle handle() { return Handles.constant(v); }
    }

    static final class NumConstant extends Code {
        final double v;

        NumConstant(double v) {
            this.v = v;
        }

        @Override double num(EvalContext c) { return v; }
        @Override MethodHandle handle() { return Handles.constant(v); }
    }

    static final class TextConstant extends Code {
        final String v;

        TextConstant(String v) {
            this.v = v;
        }

        @Override Object ref(EvalContext c) { return v; }
        @Override MethodHandle handle() { return Handles.constant(v); }
    }

    /** A descriptor field, read through its typed accessor. */
    static final class Field extends Code {
        final DescriptorPaths.Path def;

        Field(DescriptorPaths.Path def) {
            this.def = def;
        }

        @Override boolean bool(EvalContext c) { return def.bool().test(c.descriptor()); }
        @Override double num(EvalContext c) { return def.num().applyAsDouble(c.descriptor()); }
        @Override Object ref(EvalContext c) { return def.read().apply(c.descriptor()); }

        @Override
        MethodHandle handle() {
            return switch (def.type()) {
                case BOOLEAN -> Handles.field(def.bool());
                case INT, NUMBER -> Handles.field(def.num());
                case STRING -> Handles.field(def.read(), String.class);
                case LIST -> Handles.field(def.read(), List.class);
            };
        }
    }

    static final class Candidate extends Code {
        @Override Object ref(EvalContext c) { return c.candidate(); }
        @Override MethodHandle handle() { return Handles.candidate(); }
    }

    // ---- operators

    static final class Not extends Unary {
        Not(Code x) {
            super(x);
        }

        @Override boolean bool(EvalContext c) { return Handles.not(x.bool(c)); }
        @Override MethodHandle handle() { return Handles.unary(Handles.op("not", boolean.class, boolean.class), x.handle()); }
    }

    static final class Negate extends Unary {
        Negate(Code x) {
            super(x);
        }

        @Override double num(EvalContext c) { return Handles.neg(x.num(c)); }
        @Override MethodHandle handle() { return Handles.unary(Handles.op("neg", double.class, double.class), x.handle()); }
    }

    /** The numeric operators; the name is that of the operation in {@link Handles}. */
    enum Arith {
        ADD("add"), SUB("sub"), MUL("mul"), DIV("div"), REM("rem"), INT_DIV("intDiv");

        final String op;

        Arith(String op) {
            this.op = op;
        }

        double apply(double a, double b) {
            return switch (this) {
                case ADD -> Handles.add(a, b);
                case SUB -> Handles.sub(a, b);
                case MUL -> Handles.mul(a, b);
                case DIV -> Handles.div(a, b);
                case REM -> Handles.rem(a, b);
                case INT_DIV -> Handles.intDiv(a, b);
            };
        }
    }

    static final class Arithmetic extends Binary {
        final Arith op;

        Arithmetic(Arith op, Code l, Code r) {
            super(l, r);
            this.op = op;
        }

        @Override double num(EvalContext c) { return op.apply(l.num(c), r.num(c)); }

        @Override
        MethodHandle handle() {
            return Handles.binary(Handles.op(op.op, double.class, double.class, double.class), l.handle(), r.handle());
        }
    }

    /** The comparisons of numbers; absent numbers (NaN) make every one of them false. */
    enum Cmp {
        LT("lt"), LE("le"), GT("gt"), GE("ge"), EQ("eqNum"), NE("neNum");

        final String op;

        Cmp(String op) {
            this.op = op;
        }

        boolean apply(double a, double b) {
            return switch (this) {
                case LT -> Handles.lt(a, b);
                case LE -> Handles.le(a, b);
                case GT -> Handles.gt(a, b);
                case GE -> Handles.ge(a, b);
                case EQ -> Handles.eqNum(a, b);
                case NE -> Handles.neNum(a, b);
            };
        }
    }

    static final class Comparison extends Binary {
        final Cmp op;

        Comparison(Cmp op, Code l, Code r) {
            super(l, r);
            this.op = op;
        }

        @Override boolean bool(EvalContext c) { return op.apply(l.num(c), r.num(c)); }

        @Override
        MethodHandle handle() {
            return Handles.binary(Handles.op(op.op, boolean.class, double.class, double.class), l.handle(), r.handle());
        }
    }

    static final class BoolEquality extends Binary {
        final boolean equal;

        BoolEquality(boolean equal, Code l, Code r) {
            super(l, r);
            this.equal = equal;
        }

        @Override
        boolean bool(EvalContext c) {
            boolean a = l.bool(c);
            boolean b = r.bool(c);
            return equal ? Handles.eqBool(a, b) : Handles.neBool(a, b);
        }

        @Override
        MethodHandle handle() {
            return Handles.binary(Handles.op(equal ? "eqBool" : "neBool", boolean.class, boolean.class, boolean.class),
                    l.handle(), r.handle());
        }
    }

    /** Text equality; absent text (null) makes both {@code ==} and {@code !=} false. */
    static final class TextEquality extends Binary {
        final boolean equal;

        TextEquality(boolean equal, Code l, Code r) {
            super(l, r);
            this.equal = equal;
        }

        @Override
        boolean bool(EvalContext c) {
            String a = (String) l.ref(c);
            String b = (String) r.ref(c);
            return equal ? Handles.eqStr(a, b) : Handles.neStr(a, b);
        }

        @Override
        MethodHandle handle() {
            return Handles.binary(Handles.op(equal ? "eqStr" : "neStr", boolean.class, String.class, String.class),
                    l.handle(), r.handle());
        }
    }

    static final class And extends Binary {
        And(Code l, Code r) {
            super(l, r);
        }

        @Override boolean bool(EvalContext c) { return l.bool(c) && r.bool(c); }
        @Override MethodHandle handle() { return Handles.and(l.handle(), r.handle()); }
    }

    static final class Or extends Binary {
        Or(Code l, Code r) {
            super(l, r);
        }

        @Override boolean bool(EvalContext c) { return l.bool(c) || r.bool(c); }
        @Override MethodHandle handle() { return Handles.or(l.handle(), r.handle()); }
    }

    /** {@code test ? a : b}, of any type. */
    static final class Choice extends Code {
        final Code test;
        final Code a;
        final Code b;

        Choice(Code test, Code a, Code b) {
            this.test = test;
            this.a = a;
            this.b = b;
        }

        @Override
        List<Code> children() {
            return List.of(test, a, b);
        }

        @Override boolean bool(EvalContext c) { return test.bool(c) ? a.bool(c) : b.bool(c); }
        @Override double num(EvalContext c) { return test.bool(c) ? a.num(c) : b.num(c); }
        @Override Object ref(EvalContext c) { return test.bool(c) ? a.ref(c) : b.ref(c); }
        @Override MethodHandle handle() { return Handles.conditional(test.handle(), a.handle(), b.handle()); }
    }

    // ---- lists and functions

    /** {@code list.contains(item)}: the list on the left, the item on the right. */
    static final class Contains extends Binary {
        Contains(Code list, Code item) {
            super(list, item);
        }

        @Override boolean bool(EvalContext c) { return Handles.contains((List<?>) l.ref(c), (String) r.ref(c)); }
        @Override MethodHandle handle() { return Handles.contains(l.handle(), r.handle()); }
    }

    static final class Size extends Unary {
        Size(Code list) {
            super(list);
        }

        @Override double num(EvalContext c) { return ((List<?>) x.ref(c)).size(); }
        @Override MethodHandle handle() { return Handles.size(x.handle()); }
    }

    static final class IsEmpty extends Unary {
        IsEmpty(Code list) {
            super(list);
        }

        @Override boolean bool(EvalContext c) { return ((List<?>) x.ref(c)).isEmpty(); }
        @Override MethodHandle handle() { return Handles.isEmpty(x.handle()); }
    }

    /** The functions answered by the context; the name is that of the operation in {@link Handles}. */
    enum Fn {
        SKILL("skill"), SKILL_OF("skillOf"), COVERAGE("coverage"), NEEDS("needs");

        final String op;

        Fn(String op) {
            this.op = op;
        }
    }

    static final class Call extends Unary {
        final Fn fn;

        Call(Fn fn, Code arg) {
            super(arg);
            this.fn = fn;
        }

        @Override
        double num(EvalContext c) {
            String a = (String) x.ref(c);
            return switch (fn) {
                case SKILL -> Handles.skill(c, a);
                case SKILL_OF -> Handles.skillOf(c, a);
                case COVERAGE -> Handles.coverage(c, a);
                case NEEDS -> throw new IllegalStateException("needs() is a condition");
            };
        }

        @Override
        boolean bool(EvalContext c) {
            if (fn != Fn.NEEDS) throw new IllegalStateException(fn.op + "() is a number");
            return Handles.needs(c, (String) x.ref(c));
        }

        @Override
        MethodHandle handle() {
            Class<?> returns = fn == Fn.NEEDS ? boolean.class : double.class;
            return Handles.withContext(Handles.op(fn.op, returns, EvalContext.class, String.class), x.handle());
        }
    }
}

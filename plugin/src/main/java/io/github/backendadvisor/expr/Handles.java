package io.github.backendadvisor.expr;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The operations of the condition language, and the building blocks of the method-handle tier of
 * compiled expressions (see {@link CompiledExpression}). There every sub-expression becomes a method handle of type
 * {@code (EvalContext)boolean}, {@code (EvalContext)double}, {@code (EvalContext)String} or
 * {@code (EvalContext)List}; composed trees are customised and inlined by the JVM, so a compiled
 * condition runs close to hand-written code. Only the methods of this class, the descriptor's
 * accessors and {@link EvalContext} are ever reachable from a handle.
 */
final class Handles {
    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    /**
     * The handles the second tier starts from, in a class of their own: the first tier calls the
     * operations of {@link Handles} from the first evaluation on, and must not pay for these.
     */
    private static final class Reads {
        static final MethodHandle DESCRIPTOR = virtual(EvalContext.class, "descriptor",
                MethodType.methodType(io.github.backendadvisor.descriptor.Descriptor.class));
        static final MethodHandle PREDICATE = virtual(Predicate.class, "test", MethodType.methodType(boolean.class, Object.class));
        static final MethodHandle TO_DOUBLE = virtual(ToDoubleFunction.class, "applyAsDouble",
                MethodType.methodType(double.class, Object.class));
        static final MethodHandle FUNCTION = virtual(Function.class, "apply", MethodType.methodType(Object.class, Object.class));
        static final MethodHandle CANDIDATE = virtual(EvalContext.class, "candidate", MethodType.methodType(String.class));
        static final MethodHandle SIZE = virtual(List.class, "size", MethodType.methodType(int.class))
                .asType(MethodType.methodType(double.class, List.class));
        static final MethodHandle IS_EMPTY = virtual(List.class, "isEmpty", MethodType.methodType(boolean.class));
    }

    private Handles() {
    }

    private static MethodHandle virtual(Class<?> owner, String name, MethodType type) {
        try {
            return L.findVirtual(owner, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A static method of this class. */
    static MethodHandle op(String name, Class<?> returns, Class<?>... params) {
        try {
            return L.findStatic(Handles.class, name, MethodType.methodType(returns, params));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static MethodHandle constant(boolean v) {
        return MethodHandles.dropArguments(MethodHandles.constant(boolean.class, v), 0, EvalContext.class);
    }

    static MethodHandle constant(double v) {
        return MethodHandles.dropArguments(MethodHandles.constant(double.class, v), 0, EvalContext.class);
    }

    static MethodHandle constant(String v) {
        return MethodHandles.dropArguments(MethodHandles.constant(String.class, v), 0, EvalContext.class);
    }

    /** Reads a boolean field through its typed accessor. */
    static MethodHandle field(Predicate<?> read) {
        MethodHandle h = Reads.PREDICATE.bindTo(read).asType(MethodType.methodType(boolean.class,
                io.github.backendadvisor.descriptor.Descriptor.class));
        return MethodHandles.filterArguments(h, 0, Reads.DESCRIPTOR);
    }

    /** Reads a numeric field through its typed accessor (NaN when absent). */
    static MethodHandle field(ToDoubleFunction<?> read) {
        MethodHandle h = Reads.TO_DOUBLE.bindTo(read).asType(MethodType.methodType(double.class,
                io.github.backendadvisor.descriptor.Descriptor.class));
        return MethodHandles.filterArguments(h, 0, Reads.DESCRIPTOR);
    }

    /** Reads a text or list field. */
    static MethodHandle field(Function<?, ?> read, Class<?> type) {
        MethodHandle h = Reads.FUNCTION.bindTo(read).asType(MethodType.methodType(type,
                io.github.backendadvisor.descriptor.Descriptor.class));
        return MethodHandles.filterArguments(h, 0, Reads.DESCRIPTOR);
    }

    static MethodHandle candidate() {
        return Reads.CANDIDATE;
    }

    /** {@code op(x(c))}. */
    static MethodHandle unary(MethodHandle op, MethodHandle x) {
        return MethodHandles.filterReturnValue(x, op);
    }

    /** {@code op(x(c), y(c))}. */
    static MethodHandle binary(MethodHandle op, MethodHandle x, MethodHandle y) {
        MethodHandle both = MethodHandles.filterArguments(op, 0, x, y);
        return MethodHandles.permuteArguments(both, MethodType.methodType(op.type().returnType(), EvalContext.class), 0, 0);
    }

    /** {@code op(c, x(c))}, for functions answered by the context. */
    static MethodHandle withContext(MethodHandle op, MethodHandle x) {
        MethodHandle f = MethodHandles.filterArguments(op, 1, x);
        return MethodHandles.permuteArguments(f, MethodType.methodType(op.type().returnType(), EvalContext.class), 0, 0);
    }

    static MethodHandle and(MethodHandle x, MethodHandle y) {
        return MethodHandles.guardWithTest(x, y, constant(false));
    }

    static MethodHandle or(MethodHandle x, MethodHandle y) {
        return MethodHandles.guardWithTest(x, constant(true), y);
    }

    static MethodHandle conditional(MethodHandle test, MethodHandle a, MethodHandle b) {
        return MethodHandles.guardWithTest(test, a, b);
    }

    static MethodHandle contains(MethodHandle list, MethodHandle item) {
        return binary(op("contains", boolean.class, List.class, String.class), list, item);
    }

    static MethodHandle size(MethodHandle list) {
        return unary(Reads.SIZE, list);
    }

    static MethodHandle isEmpty(MethodHandle list) {
        return unary(Reads.IS_EMPTY, list);
    }

    /** Evaluates a boolean handle; any failure is a bug of ours, not of the rule file. */
    static boolean test(MethodHandle h, EvalContext c) {
        try {
            return (boolean) h.invokeExact(c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Evaluates a numeric handle. */
    static double value(MethodHandle h, EvalContext c) {
        try {
            return (double) h.invokeExact(c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    // ---- the operations themselves; absent numbers are NaN, absent text is null

    static boolean not(boolean a) { return !a; }
    static double neg(double a) { return -a; }
    static double add(double a, double b) { return a + b; }
    static double sub(double a, double b) { return a - b; }
    static double mul(double a, double b) { return a * b; }
    static double div(double a, double b) { return a / b; }
    static double rem(double a, double b) { return a % b; }

    /** Java's whole-number division; division by zero gives NaN (so comparisons are false) instead of throwing. */
    static double intDiv(double a, double b) {
        if (b == 0 || Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return (double) ((long) a / (long) b);
    }

    static boolean lt(double a, double b) { return a < b; }
    static boolean le(double a, double b) { return a <= b; }
    static boolean gt(double a, double b) { return a > b; }
    static boolean ge(double a, double b) { return a >= b; }
    static boolean eqNum(double a, double b) { return a == b; }
    static boolean neNum(double a, double b) { return !Double.isNaN(a) && !Double.isNaN(b) && a != b; }
    static boolean eqBool(boolean a, boolean b) { return a == b; }
    static boolean neBool(boolean a, boolean b) { return a != b; }
    static boolean eqStr(String a, String b) { return a != null && b != null && a.equals(b); }
    static boolean neStr(String a, String b) { return a != null && b != null && !a.equals(b); }

    static double skill(EvalContext c, String language) { return language == null ? Double.NaN : c.skill(language); }
    static double skillOf(EvalContext c, String candidate) { return candidate == null ? Double.NaN : c.skillOf(candidate); }
    static double coverage(EvalContext c, String candidate) { return candidate == null ? Double.NaN : c.coverage(candidate); }
    static boolean needs(EvalContext c, String capability) {
        return contains(c.descriptor().libraries().needs(), capability);
    }

    /** Absent text is in no list. */
    static boolean contains(List<?> list, String item) {
        return item != null && list.contains(item);
    }
}

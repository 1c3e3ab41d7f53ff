package io.github.backendadvisor.expr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes checked and compiled expressions as bytes and reads them back, so that the precompiled
 * default pack (see {@code rules.PackSnapshot}) needs neither JavaParser nor the checker in a
 * build. Bytes can only describe the node kinds of {@link Code}, which are the operations the
 * allow-list admits, and every node is read with the kind its parent expects (a condition, a
 * number, text or a list) and every path must be a descriptor path: bytes that break any of
 * these rules are refused, so nothing read here can do what a checked expression could not.
 */
public final class CodeFormat {
    private enum Kind { BOOL, NUM, TEXT, LIST }

    private static final int BOOL_CONSTANT = 1;
    private static final int NUM_CONSTANT = 2;
    private static final int TEXT_CONSTANT = 3;
    private static final int FIELD = 4;
    private static final int CANDIDATE = 5;
    private static final int NOT = 6;
    private static final int NEGATE = 7;
    private static final int ARITHMETIC = 8;
    private static final int COMPARISON = 9;
    private static final int BOOL_EQUALITY = 10;
    private static final int TEXT_EQUALITY = 11;
    private static final int AND = 12;
    private static final int OR = 13;
    private static final int CHOICE = 14;
    private static final int CONTAINS = 15;
    private static final int SIZE = 16;
    private static final int IS_EMPTY = 17;
    private static final int CALL = 18;
    private static final Map<Class<? extends Code>, Integer> TAGS = Map.ofEntries(
            Map.entry(Code.BoolConstant.class, BOOL_CONSTANT), Map.entry(Code.NumConstant.class, NUM_CONSTANT),
            Map.entry(Code.TextConstant.class, TEXT_CONSTANT), Map.entry(Code.Field.class, FIELD),
            Map.entry(Code.Candidate.class, CANDIDATE), Map.entry(Code.Not.class, NOT), Map.entry(Code.Negate.class, NEGATE),
            Map.entry(Code.Arithmetic.class, ARITHMETIC), Map.entry(Code.Comparison.class, COMPARISON),
            Map.entry(Code.BoolEquality.class, BOOL_EQUALITY), Map.entry(Code.TextEquality.class, TEXT_EQUALITY),
            Map.entry(Code.And.class, AND), Map.entry(Code.Or.class, OR), Map.entry(Code.Choice.class, CHOICE),
            Map.entry(Code.Contains.class, CONTAINS), Map.entry(Code.Size.class, SIZE),
            Map.entry(Code.IsEmpty.class, IS_EMPTY), Map.entry(Code.Call.class, CALL));
    /** Deepest tree read back; the checker accepts at most 64 levels, a few more nodes per level at most. */
    private static final int MAX_DEPTH = 256;
    private static final int MAX_PATHS = 64;

    private CodeFormat() {
    }

    /** Writes a compiled expression: its text, type, paths and tree. */
    public static void write(CompiledExpression e, DataOutput out) throws IOException {
        out.writeUTF(e.source());
        out.writeByte(e.type().ordinal());
        writePaths(e.paths(), out);
        writePaths(e.optionalPaths(), out);
        write(e.code(), out);
    }

    /**
     * Reads a compiled expression written by {@link #write(CompiledExpression, DataOutput)}.
     *
     * @throws IOException when the bytes do not describe a well-formed expression
     */
    public static CompiledExpression read(DataInput in) throws IOException {
        String source = in.readUTF();
        ValueType type = pick(ValueType.values(), in.readUnsignedByte());
        List<String> paths = readPaths(in);
        List<String> optional = readPaths(in);
        if (!paths.containsAll(optional)) throw new IOException("an optional path the expression does not read");
        Kind kind = switch (type) {
            case BOOLEAN -> Kind.BOOL;
            case INT, NUMBER -> Kind.NUM;
            default -> throw new IOException("an expression of type " + type);
        };
        return new CompiledExpression(source, type, read(in, kind, 0), paths, optional);
    }

    private static void writePaths(List<String> paths, DataOutput out) throws IOException {
        out.writeByte(paths.size());
        for (String p : paths) out.writeUTF(p);
    }

    private static List<String> readPaths(DataInput in) throws IOException {
        int n = in.readUnsignedByte();
        if (n > MAX_PATHS) throw new IOException("too many paths");
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String p = in.readUTF();
            if (DescriptorPaths.get(p) == null) throw new IOException("not a descriptor path: " + p);
            out.add(p);
        }
        return List.copyOf(out);
    }

    private static void write(Code c, DataOutput out) throws IOException {
        Integer tag = TAGS.get(c.getClass());
        if (tag == null) throw new IllegalArgumentException("no byte form for " + c.getClass().getName());
        out.writeByte(tag);
        // what a node holds besides its operands
        if (c instanceof Code.BoolConstant k) out.writeBoolean(k.v);
        else if (c instanceof Code.NumConstant k) out.writeDouble(k.v);
        else if (c instanceof Code.TextConstant k) out.writeUTF(k.v);
        else if (c instanceof Code.Field f) out.writeUTF(f.def.path());
        else if (c instanceof Code.Arithmetic a) out.writeByte(a.op.ordinal());
        else if (c instanceof Code.Comparison a) out.writeByte(a.op.ordinal());
        else if (c instanceof Code.BoolEquality e) out.writeBoolean(e.equal);
        else if (c instanceof Code.TextEquality e) out.writeBoolean(e.equal);
        else if (c instanceof Code.Call call) out.writeByte(call.fn.ordinal());
        for (Code child : c.children()) {
            write(child, out);
        }
    }

    /** Reads a node that must give {@code want}; anything else is refused. */
    private static Code read(DataInput in, Kind want, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("tree too deep");
        int tag = in.readUnsignedByte();
        Kind got;
        Code c;
        switch (tag) {
            case BOOL_CONSTANT -> { got = Kind.BOOL; c = new Code.BoolConstant(in.readBoolean()); }
            case NUM_CONSTANT -> { got = Kind.NUM; c = new Code.NumConstant(in.readDouble()); }
            case TEXT_CONSTANT -> { got = Kind.TEXT; c = new Code.TextConstant(in.readUTF()); }
            case FIELD -> {
                String path = in.readUTF();
                DescriptorPaths.Path def = DescriptorPaths.get(path);
                if (def == null) throw new IOException("not a descriptor path: " + path);
                got = switch (def.type()) {
                    case BOOLEAN -> Kind.BOOL;
                    case INT, NUMBER -> Kind.NUM;
                    case STRING -> Kind.TEXT;
                    case LIST -> Kind.LIST;
                };
                c = new Code.Field(def);
            }
            case CANDIDATE -> { got = Kind.TEXT; c = new Code.Candidate(); }
            case NOT -> { got = Kind.BOOL; c = new Code.Not(read(in, Kind.BOOL, depth + 1)); }
            case NEGATE -> { got = Kind.NUM; c = new Code.Negate(read(in, Kind.NUM, depth + 1)); }
            case ARITHMETIC -> {
                got = Kind.NUM;
                Code.Arith op = pick(Code.Arith.values(), in.readUnsignedByte());
                c = new Code.Arithmetic(op, read(in, Kind.NUM, depth + 1), read(in, Kind.NUM, depth + 1));
            }
            case COMPARISON -> {
                got = Kind.BOOL;
                Code.Cmp op = pick(Code.Cmp.values(), in.readUnsignedByte());
                c = new Code.Comparison(op, read(in, Kind.NUM, depth + 1), read(in, Kind.NUM, depth + 1));
            }
            case BOOL_EQUALITY -> {
                got = Kind.BOOL;
                boolean equal = in.readBoolean();
                c = new Code.BoolEquality(equal, read(in, Kind.BOOL, depth + 1), read(in, Kind.BOOL, depth + 1));
            }
            case TEXT_EQUALITY -> {
                got = Kind.BOOL;
                boolean equal = in.readBoolean();
                c = new Code.TextEquality(equal, read(in, Kind.TEXT, depth + 1), read(in, Kind.TEXT, depth + 1));
            }
            case AND -> { got = Kind.BOOL; c = new Code.And(read(in, Kind.BOOL, depth + 1), read(in, Kind.BOOL, depth + 1)); }
            case OR -> { got = Kind.BOOL; c = new Code.Or(read(in, Kind.BOOL, depth + 1), read(in, Kind.BOOL, depth + 1)); }
            case CHOICE -> {
                if (want == Kind.LIST) throw new IOException("a choice between lists");
                got = want;
                Code test = read(in, Kind.BOOL, depth + 1);
                c = new Code.Choice(test, read(in, want, depth + 1), read(in, want, depth + 1));
            }
            case CONTAINS -> {
                got = Kind.BOOL;
                c = new Code.Contains(read(in, Kind.LIST, depth + 1), read(in, Kind.TEXT, depth + 1));
            }
            case SIZE -> { got = Kind.NUM; c = new Code.Size(read(in, Kind.LIST, depth + 1)); }
            case IS_EMPTY -> { got = Kind.BOOL; c = new Code.IsEmpty(read(in, Kind.LIST, depth + 1)); }
            case CALL -> {
                Code.Fn fn = pick(Code.Fn.values(), in.readUnsignedByte());
                got = fn == Code.Fn.NEEDS ? Kind.BOOL : Kind.NUM;
                c = new Code.Call(fn, read(in, Kind.TEXT, depth + 1));
            }
            default -> throw new IOException("unknown node " + tag);
        }
        if (got != want) throw new IOException("a " + got + " node where a " + want + " is expected");
        return c;
    }

    private static <T> T pick(T[] values, int ordinal) throws IOException {
        if (ordinal >= values.length) throw new IOException("no value " + ordinal);
        return values[ordinal];
    }
}

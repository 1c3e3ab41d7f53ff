package io.github.backendadvisor.expr;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes JavaParser expression trees as bytes and rebuilds them, with every node's range, so that
 * the precompiled default pack (see {@code rules.PackSnapshot}) needs neither the parser nor its
 * start-up cost. Only the node kinds the allow-list can accept are written; a tree rebuilt from
 * bytes goes through the same {@link Checker} as a parsed one, so bytes can never add a construct
 * the language does not allow.
 */
public final class ExpressionTrees {
    private static final int ENCLOSED = 1;
    private static final int BOOLEAN = 2;
    private static final int INTEGER = 3;
    private static final int DECIMAL = 4;
    private static final int STRING = 5;
    private static final int NAME = 6;
    private static final int FIELD = 7;
    private static final int CALL = 8;
    private static final int UNARY = 9;
    private static final int BINARY = 10;
    private static final int CONDITIONAL = 11;
    /** Deepest tree read back; the compiler rejects anything deeper than 64 levels anyway. */
    private static final int MAX_DEPTH = 200;

    private ExpressionTrees() {
    }

    /** The parser every expression goes through: RAW (no validators), tokens kept for positions. */
    static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false)
                .setStoreTokens(true));
    }

    /** Parses an expression as the compiler does; empty when it is not a valid Java expression. */
    public static Optional<Expression> parse(String source) {
        ParseResult<Expression> result = newParser().parseExpression(source);
        return result.isSuccessful() ? result.getResult() : Optional.empty();
    }

    /**
     * Writes a tree.
     *
     * @throws IllegalArgumentException for a node the condition language does not allow
     */
    public static void write(Expression e, DataOutput out) throws IOException {
        if (e instanceof EnclosedExpr x) {
            head(out, ENCLOSED, x);
            write(x.getInner(), out);
        } else if (e instanceof BooleanLiteralExpr x) {
            head(out, BOOLEAN, x);
            out.writeBoolean(x.getValue());
        } else if (e instanceof IntegerLiteralExpr || e instanceof DoubleLiteralExpr || e instanceof StringLiteralExpr) {
            // the literal's text as written (digits, or the string with its escapes)
            LiteralStringValueExpr x = (LiteralStringValueExpr) e;
            head(out, e instanceof IntegerLiteralExpr ? INTEGER : e instanceof DoubleLiteralExpr ? DECIMAL : STRING, x);
            out.writeUTF(x.getValue());
        } else if (e instanceof NameExpr x) {
            head(out, NAME, x);
            name(x.getName(), out);
        } else if (e instanceof FieldAccessExpr x && x.getTypeArguments().isEmpty()) {
            head(out, FIELD, x);
            write(x.getScope(), out);
            name(x.getName(), out);
        } else if (e instanceof MethodCallExpr x && x.getTypeArguments().isEmpty()) {
            head(out, CALL, x);
            out.writeBoolean(x.getScope().isPresent());
            if (x.getScope().isPresent()) write(x.getScope().get(), out);
            name(x.getName(), out);
            out.writeInt(x.getArguments().size());
            for (Expression a : x.getArguments()) write(a, out);
        } else if (e instanceof UnaryExpr x) {
            head(out, UNARY, x);
            out.writeUTF(x.getOperator().name());
            write(x.getExpression(), out);
        } else if (e instanceof BinaryExpr x) {
            head(out, BINARY, x);
            out.writeUTF(x.getOperator().name());
            write(x.getLeft(), out);
            write(x.getRight(), out);
        } else if (e instanceof ConditionalExpr x) {
            head(out, CONDITIONAL, x);
            write(x.getCondition(), out);
            write(x.getThenExpr(), out);
            write(x.getElseExpr(), out);
        } else {
            throw new IllegalArgumentException("not a construct of the condition language: " + e);
        }
    }

    /**
     * Reads a tree written by {@link #write}.
     *
     * @throws IOException when the bytes are not such a tree
     */
    public static Expression read(DataInput in) throws IOException {
        return read(in, 0);
    }

    private static Expression read(DataInput in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("expression tree is too deep");
        int kind = in.readUnsignedByte();
        Range range = range(in);
        Expression e = switch (kind) {
            case ENCLOSED -> new EnclosedExpr(null, read(in, depth + 1));
            case BOOLEAN -> new BooleanLiteralExpr(null, in.readBoolean());
            case INTEGER -> new IntegerLiteralExpr(null, in.readUTF());
            case DECIMAL -> new DoubleLiteralExpr(null, in.readUTF());
            case STRING -> new StringLiteralExpr(null, in.readUTF());
            case NAME -> new NameExpr(null, name(in));
            case FIELD -> {
                Expression scope = read(in, depth + 1);
                yield new FieldAccessExpr(null, scope, null, name(in));
            }
            case CALL -> {
                Expression scope = in.readBoolean() ? read(in, depth + 1) : null;
                SimpleName name = name(in);
                int n = in.readInt();
                if (n < 0 || n > 1000) throw new IOException("bad argument count " + n);
                NodeList<Expression> args = new NodeList<>();
                for (int i = 0; i < n; i++) args.add(read(in, depth + 1));
                yield new MethodCallExpr(null, scope, null, name, args);
            }
            case UNARY -> {
                UnaryExpr.Operator op = operator(UnaryExpr.Operator.class, in.readUTF());
                yield new UnaryExpr(null, read(in, depth + 1), op);
            }
            case BINARY -> {
                BinaryExpr.Operator op = operator(BinaryExpr.Operator.class, in.readUTF());
                Expression left = read(in, depth + 1);
                yield new BinaryExpr(null, left, read(in, depth + 1), op);
            }
            case CONDITIONAL -> {
                Expression condition = read(in, depth + 1);
                Expression then = read(in, depth + 1);
                yield new ConditionalExpr(null, condition, then, read(in, depth + 1));
            }
            default -> throw new IOException("unknown expression node kind " + kind);
        };
        e.setRange(range);
        return e;
    }

    private static void head(DataOutput out, int kind, Node node) throws IOException {
        out.writeByte(kind);
        range(node, out);
    }

    private static void name(SimpleName name, DataOutput out) throws IOException {
        range(name, out);
        out.writeUTF(name.getIdentifier());
    }

    private static SimpleName name(DataInput in) throws IOException {
        Range range = range(in);
        SimpleName name = new SimpleName(null, in.readUTF());
        name.setRange(range);
        return name;
    }

    private static void range(Node node, DataOutput out) throws IOException {
        Range r = node.getRange().orElseThrow(() -> new IllegalArgumentException("node without a range: " + node));
        out.writeInt(r.begin.line);
        out.writeInt(r.begin.column);
        out.writeInt(r.end.line);
        out.writeInt(r.end.column);
    }

    private static Range range(DataInput in) throws IOException {
        Position begin = new Position(in.readInt(), in.readInt());
        return new Range(begin, new Position(in.readInt(), in.readInt()));
    }

    private static <E extends Enum<E>> E operator(Class<E> type, String name) throws IOException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown operator " + name);
        }
    }
}

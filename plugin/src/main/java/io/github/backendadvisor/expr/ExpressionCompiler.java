package io.github.backendadvisor.expr;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.expr.Expression;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the condition language (rules.md): parses with JavaParser, checks every node against
 * the closed allow-list and the descriptor's types, and builds a tree that evaluates in two tiers
 * (see {@link CompiledExpression}). This class is the only
 * security boundary between a rule file and the JVM: JavaParser accepts any Java expression, so
 * everything not explicitly allowed is rejected here, before anything is evaluated.
 */
public final class ExpressionCompiler {
    /** Longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 4000;
    private static final Pattern LINE_COL = Pattern.compile("line (\\d+), column (\\d+)");

    /** Expressions that touch the parser, the checker and most kinds of compiled node. */
    static final List<String> WARM_UP = List.of(
        "concurrency.peakConcurrentConnections > 1000 && io.cpuWorkShare >= 0.5 || !concurrency.longLivedConnections",
        "(io.profile == \"io-bound\" ? concurrency.latencyTargetMs / 10 + 1 : team.size * 0.5 - 2) > 3",
        "libraries.needs.size() == 0 && deployment.target != \"vm\"");
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private final ExprSchema schema;
    /** Expressions already checked and compiled, by text (from the precompiled default pack). */
    private final Map<String, CompiledExpression> precompiled;
    /** One parser for all the expressions of a pack; a compiler is used by one thread at a time. */
    private JavaParser parser;

    /** A compiler for packs that define the ids in {@code schema}; not thread-safe, make one per pack compile. */
    public ExpressionCompiler(ExprSchema schema) {
        this(schema, Map.of());
    }

    /**
     * A compiler that takes an expression from {@code precompiled} when it holds the expression's
     * text compiled to the type asked for, instead of parsing and checking it. Only for
     * expressions that compiled without any diagnostic against a schema that {@code schema}
     * contains: the checker's verdict and tree then cannot differ, since a larger schema only
     * admits more ids and never changes a tree.
     */
    public ExpressionCompiler(ExprSchema schema, Map<String, CompiledExpression> precompiled) {
        this.schema = schema;
        this.precompiled = precompiled;
    }

    /** The parser every expression goes through: RAW (no validators), tokens kept for positions. */
    static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false)
                .setStoreTokens(true));
    }

    /**
     * Starts, once per class loader, a background thread that compiles a few fixed expressions and
     * throws them away. The first compile in a build pays for loading and initialising JavaParser
     * (a few hundred milliseconds in a fresh JVM); started before a pack's YAML is read, that work
     * runs on another core in the meantime. Nothing it does is visible: no output, no shared state
     * besides the JVM's classes.
     */
    public static void warmUpInBackground() {
        if (!WARMING.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                ExpressionCompiler c = new ExpressionCompiler(new ExprSchema(Set.of(), Set.of(), Set.of()));
                for (String source : WARM_UP) {
                    c.condition(source, (line, column) -> new Position("warm-up", line, column), "warm-up");
                }
            } catch (Throwable ignored) {
                // only a head start: whatever failed here fails again, and is reported, in the real compile
            }
        }, "backend-advisor-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Compiles a rule's {@code when:}; the result is boolean.
     *
     * @param owner names the expression's owner in messages, e.g. "rule 'x'"
     */
    public Result<CompiledExpression> condition(String source, PositionMap at, String owner) {
        return compile(source, at, owner, false);
    }

    /** Compiles a criterion's {@code value:}; the result is a number and may use {@code candidate}. */
    public Result<CompiledExpression> value(String source, PositionMap at, String owner) {
        return compile(source, at, owner, true);
    }

    private Result<CompiledExpression> compile(String source, PositionMap at, String owner, boolean valueMode) {
        Diagnostics diags = new Diagnostics();
        if (source.length() > MAX_LENGTH) {
            diags.error(at.at(1, 1), owner + ": expression is longer than " + MAX_LENGTH + " characters");
            return Result.failed(diags.sorted());
        }
        if (source.isBlank()) {
            diags.error(at.at(1, 1), owner + ": expression is empty");
            return Result.failed(diags.sorted());
        }
        CompiledExpression done = precompiled.get(source);
        if (done != null && (done.type() == ValueType.BOOLEAN) != valueMode) {
            return Result.of(done, List.of());
        }
        try {
            if (parser == null) {
                // RAW: no validators for a Java version; the allow-list checker below decides
                // what is accepted, and the first parse in a build is cheaper
                parser = newParser();
            }
            Optional<Expression> read = parse(parser, source, at, owner, diags);
            if (read.isEmpty()) {
                return Result.failed(diags.sorted());
            }
            Expression tree = read.get();
            Checker checker = new Checker(schema, at, owner, valueMode, diags);
            Typed t = checker.check(tree, 0);
            if (t == null) {
                return Result.failed(diags.sorted());
            }
            ValueType want = valueMode ? ValueType.NUMBER : ValueType.BOOLEAN;
            if (valueMode ? !t.type().numeric() : t.type() != ValueType.BOOLEAN) {
                Position p = checker.position(tree);
                diags.error(p, owner + ": expression must be " + want.description() + ", but it is "
                        + t.type().description());
                return Result.failed(diags.sorted());
            }
            return Result.of(new CompiledExpression(source, t.type(), t.code(), checker.paths(), checker.optionalPaths()),
                    diags.sorted());
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(at.at(1, 1), owner + ": expression could not be read (" + e.getClass().getSimpleName()
                    + "); simplify it");
            return Result.failed(diags.sorted());
        }
    }

    private static Optional<Expression> parse(JavaParser parser, String source, PositionMap at, String owner,
            Diagnostics diags) {
        ParseResult<Expression> result = parser.parseExpression(source);
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult();
        }
        Problem problem = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        Position where = problem == null ? at.at(1, 1) : syntaxPosition(problem, at);
        String message = problem == null ? "syntax error" : firstLine(problem.getMessage());
        Optional<String> hint = Hints.forSyntax(source);
        int[] quote = Hints.singleQuote(source);
        message = plain(message);
        if (quote != null) {
            // JavaParser's lexical message names the characters after the quote, not the mistake
            where = at.at(quote[0], quote[1]);
            message = hint.orElseThrow();
        } else if (hint.isPresent()) {
            message += " (" + hint.get() + ")";
        }
        diags.add(Diagnostic.error(where, owner + ": syntax error in expression: " + message));
        return Optional.empty();
    }

    private static Position syntaxPosition(Problem problem, PositionMap at) {
        Optional<Position> fromToken = problem.getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> at.at(r.begin.line, r.begin.column));
        if (fromToken.isPresent()) {
            return fromToken.get();
        }
        Optional<Throwable> cause = problem.getCause();
        if (cause.isPresent() && cause.get() instanceof com.github.javaparser.ParseException pe
                && pe.currentToken != null && pe.currentToken.next != null) {
            return at.at(pe.currentToken.next.beginLine, pe.currentToken.next.beginColumn);
        }
        Matcher m = LINE_COL.matcher(problem.getMessage());
        if (m.find()) {
            return at.at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return at.at(1, 1);
    }

    private static final Pattern UNEXPECTED = Pattern.compile("Encountered unexpected token: ?\"(.*?)\" .*");

    /** JavaParser's "Encountered unexpected token: "and" <IDENTIFIER>" as "unexpected 'and'". */
    static String plain(String message) {
        if (message.equals("Encountered unexpected token:<EOF>")) {
            return "the expression ends where more was expected";
        }
        Matcher m = UNEXPECTED.matcher(message);
        return m.matches() ? "unexpected '" + m.group(1) + "' here" : message;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}

package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;

/** Names the Java constructs the condition language refuses, for error messages. */
final class Forbidden {
    private Forbidden() {
    }

    static String describe(Expression e) {
        if (e instanceof ObjectCreationExpr o) return "creating an object ('new " + o.getTypeAsString() + "')";
        if (e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr) return "creating an array";
        if (e instanceof LambdaExpr) return "a lambda";
        if (e instanceof MethodReferenceExpr) return "a method reference";
        if (e instanceof AssignExpr) return "an assignment (conditions cannot change anything; use '==' to compare)";
        if (e instanceof CastExpr) return "a cast";
        if (e instanceof InstanceOfExpr) return "'instanceof'";
        if (e instanceof ArrayAccessExpr) return "array access";
        if (e instanceof ClassExpr) return "a class literal";
        if (e instanceof ThisExpr) return "'this'";
        if (e instanceof SuperExpr) return "'super'";
        if (e instanceof SwitchExpr) return "a switch expression";
        if (e instanceof NullLiteralExpr) return "'null' (absent optional fields already make comparisons false)";
        if (e instanceof CharLiteralExpr) return "a character literal (use a string in double quotes)";
        if (e instanceof TextBlockLiteralExpr) return "a text block";
        if (e instanceof LongLiteralExpr) return "a long literal";
        if (e instanceof MethodCallExpr m) return "the method call '" + shorten(m.toString()) + "'";
        if (e instanceof NameExpr n) return "'" + n.getNameAsString() + "'";
        if (e instanceof StringLiteralExpr) return "a string";
        return "'" + shorten(e.toString()) + "' (" + e.getClass().getSimpleName().replace("Expr", " expression") + ")";
    }

    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}

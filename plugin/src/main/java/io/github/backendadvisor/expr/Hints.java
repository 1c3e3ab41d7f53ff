package io.github.backendadvisor.expr;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What a condition's author most likely meant, for the mistakes people bring from other languages:
 * Python's and SQL's words for the operators, single-quoted strings, units after numbers, Java
 * enum constants and bare ids where the language wants strings. Only ever appended to an error
 * that is reported anyway; nothing here decides whether an expression is accepted.
 */
final class Hints {
    private Hints() {
    }

    /** A hint for an expression JavaParser could not read, from its text, or empty. */
    static Optional<String> forSyntax(String source) {
        String code = withoutStrings(source);
        if (code.indexOf('\'') >= 0) {
            return Optional.of("strings are written in double quotes (\"websockets\"), not single quotes");
        }
        int open = 0;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '(') open++;
            if (code.charAt(i) == ')' && --open < 0) return Optional.of("a ')' here has no '(' before it");
        }
        if (open > 0) return Optional.of(open == 1 ? "a '(' is not closed" : open + " '(' are not closed");
        if (code.contains("===") || code.contains("!==")) {
            return Optional.of("compare with == and !=");
        }
        if (code.contains("=>") || code.contains("=<")) return Optional.of("write >= and <=");
        if (code.contains("<>")) return Optional.of("write 'not equal' as !=");
        String[][] words = {
            {"between", "write a range as two comparisons: team.size >= 3 && team.size <= 5"},
            {"and", "write 'and' as &&"},
            {"or", "write 'or' as ||"},
            {"not", "write 'not' as !"},
            {"is", "write 'is' as =="},
            {"contains", "call it on the list with a dot: libraries.needs.contains(\"orm\")"},
            {"containsAny", "call it on the list with a dot: libraries.needs.containsAny(\"orm\", \"auth\")"},
            {"containsAll", "call it on the list with a dot: libraries.needs.containsAll(\"orm\", \"auth\")"},
            {"in", "for a list, write libraries.needs.containsAny(\"a\", \"b\"); for a text field, compare with =="
                    + " and join with ||"},
        };
        for (String[] w : words) {
            if (hasWord(code, w[0])) return Optional.of(w[1]);
        }
        for (int i = 0; i < code.length(); i++) {
            char before = i == 0 ? ' ' : code.charAt(i - 1);
            // ".25" starts at its dot, unless the dot follows a name or a number ("io.x", "1.5")
            boolean dotFirst = before == '.' && (i < 2 || !Character.isJavaIdentifierPart(code.charAt(i - 2)));
            boolean numberStarts = Character.isDigit(code.charAt(i))
                    && (!Character.isJavaIdentifierPart(before) && before != '.' || dotFirst);
            if (!numberStarts) continue;
            int start = dotFirst ? i - 1 : i;
            int end = i;
            while (end < code.length() && (Character.isDigit(code.charAt(end)) || code.charAt(end) == '.'
                    || code.charAt(end) == '_')) {
                end++;
            }
            int word = end;
            while (word < code.length() && Character.isLetter(code.charAt(word))) word++;
            String number = code.substring(start, end);
            String unit = code.substring(end, word);
            if (end < code.length() && code.charAt(end) == '%') {
                String fraction;
                try {
                    fraction = new BigDecimal(number.replace("_", "")).movePointLeft(2).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    fraction = "0.5";
                }
                return Optional.of("a share is written as a fraction: " + fraction + ", not " + number + "%");
            }
            // Java's own suffixes and exponents are not units
            if (!unit.isEmpty() && !unit.matches("[eE]|[lLdDfF]|[xX][0-9a-fA-F]*")) {
                return Optional.of("numbers take no unit: write " + number + ", not " + number + unit);
            }
            i = Math.max(i, word - 1);
        }
        return Optional.empty();
    }

    /** A hint for text compared or computed with a number when the text is a number in quotes ("3"), or "". */
    static String quotedNumber(String literal) {
        if (literal == null || !literal.matches("-?[0-9]+(\\.[0-9]+)?")) return "";
        return " (write " + literal + " without quotes)";
    }

    /** Where the first single quote outside a string is, as a 1-based line and column, or null. */
    static int[] singleQuote(String source) {
        int i = withoutStrings(source).indexOf('\'');
        if (i < 0) return null;
        int line = 1;
        int column = 1;
        for (int k = 0; k < i; k++) {
            if (source.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * The text of the expression with the contents of its double-quoted strings blanked, so that a
     * word or quote inside a string ("sign in") is not taken for code.
     */
    private static String withoutStrings(String source) {
        StringBuilder s = new StringBuilder(source.length());
        boolean inString = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\' && i + 1 < source.length()) {
                    s.append("  ");
                    i++;
                    continue;
                }
                if (c == '"') inString = false;
                s.append(c == '"' ? c : ' ');
            } else {
                if (c == '"') inString = true;
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean hasWord(String code, String word) {
        for (int i = code.indexOf(word); i >= 0; i = code.indexOf(word, i + 1)) {
            boolean before = i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)) && code.charAt(i - 1) != '.';
            int end = i + word.length();
            boolean after = end == code.length() || !Character.isJavaIdentifierPart(code.charAt(end));
            if (before && after) return true;
        }
        return false;
    }

    /**
     * A hint for a name that is no descriptor path, when it is a value written the Java way: a
     * boolean in another case ({@code True}), a choice field's value as a constant
     * ({@code IO_BOUND}, {@code DeploymentTarget.CONTAINERS}) or a pack id without quotes
     * ({@code skill(python)}).
     */
    static String forName(String name, ExprSchema schema) {
        for (String list : new String[] {"libraries.needs", "libraries.mustHave"}) {
            if (name.equals(list + ".size") || name.equals(list + ".length")) {
                return " (a list's size is a call: " + list + ".size())";
            }
        }
        if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false")) {
            return " (write it in lower case: " + name.toLowerCase(Locale.ROOT) + ")";
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        String value = last.toLowerCase(Locale.ROOT).replace('_', '-');
        for (String path : DescriptorPaths.all()) {
            if (DescriptorPaths.get(path).enumValues().contains(value)) {
                return " (values of " + path + " are strings: " + path + " == \"" + value + "\")";
            }
        }
        if (schema.languages().contains(value) || schema.candidates().contains(value)
                || schema.capabilities().contains(value)) {
            return " (ids are strings: \"" + value + "\")";
        }
        return "";
    }
}

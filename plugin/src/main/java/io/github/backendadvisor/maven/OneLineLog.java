package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.UnsafeChars;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log, with each message kept on its own line and free of characters a terminal or a CI
 * log acts on. Texts from a descriptor or a rule pack reach the console (a service name, a
 * finding's message); a line break in one would start a line of its own, which a CI system may
 * read as a command of its own (GitHub Actions reads {@code ::error::} at a line's start). Line
 * breaks are shown as {@code \n} and {@code \r}, other control characters and the characters that
 * reorder text as {@code \}{@code uXXXX}; tabs stay.
 */
final class OneLineLog implements Log {
    private final Log log;

    OneLineLog(Log log) {
        this.log = log;
    }

    /** The log this one writes to. */
    Log target() {
        return log;
    }

    /** {@code text} with line breaks and control characters made visible; the same string when it has none. */
    static String oneLine(CharSequence text) {
        if (text == null) return null;
        String s = text.toString();
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean unsafe(char c) {
        if (c >= 0x20 && c < 0x7f || c == '\t') return false;
        return UnsafeChars.control(c) || UnsafeChars.reorders(c);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(oneLine(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(oneLine(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(oneLine(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(oneLine(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(oneLine(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(oneLine(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(oneLine(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(oneLine(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}

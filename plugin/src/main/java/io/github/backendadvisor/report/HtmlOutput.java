package io.github.backendadvisor.report;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Set;

/**
 * jte's OWASP output with a shortcut for the common value: one that its escaping would copy
 * unchanged. Such a value is appended whole; every other value, and every value in a context with
 * rules of its own (a {@code script} body, event handlers, URLs, any attribute not listed here),
 * goes through {@link OwaspHtmlTemplateOutput} itself.
 *
 * <p>The check is three or four {@link String#indexOf(int)} calls, which run in the JDK's
 * compiled string search. jte's escaping reads the value one character at a time in its own
 * loop: in a reactor that loop runs interpreted for the first modules, and its compilation took
 * 0.18 s of a compiler thread in a 200-module build, on a machine where the build waits for a
 * free core. A test compares this output with jte's, value by value, in every context the
 * template uses.
 */
final class HtmlOutput extends OwaspHtmlTemplateOutput {
    /**
     * Attributes whose value jte escapes as plain text, with no URL or script rule; spelled as the
     * template spells them (another spelling only misses the shortcut).
     */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("class", "id", "title", "aria-label", "fill",
            "width", "height", "x", "y", "x1", "x2", "y1", "y2", "viewBox", "text-anchor");

    private final TemplateOutput target;
    private boolean plain;
    private boolean attribute;

    HtmlOutput(TemplateOutput target) {
        super(target);
        this.target = target;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        // the same test as jte's: an attribute context needs both names
        attribute = tagName != null && attributeName != null;
        plain = attribute ? TEXT_ATTRIBUTES.contains(attributeName)
                : !"script".equalsIgnoreCase(tagName);
    }

    @Override
    public void writeUserContent(String value) {
        if (value != null && plain && (attribute ? attributeSafe(value) : textSafe(value))) {
            target.writeContent(value);
        } else {
            super.writeUserContent(value);
        }
    }

    /** Whether jte's text escaping (of {@code & < >}) leaves the value as it is. */
    static boolean textSafe(String value) {
        return value.indexOf('&') < 0 && value.indexOf('<') < 0 && value.indexOf('>') < 0;
    }

    /** Whether jte's attribute escaping (of {@code & < " '}) leaves the value as it is. */
    static boolean attributeSafe(String value) {
        return value.indexOf('&') < 0 && value.indexOf('<') < 0 && value.indexOf('"') < 0 && value.indexOf('\'') < 0;
    }
}

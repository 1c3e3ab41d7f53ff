package io.github.backendadvisor.report;

import gg.jte.TemplateOutput;

/**
 * jte's output into a {@link StringBuilder} that the caller owns, as jte's own {@code StringOutput}
 * writes into one it owns: the same text for every value. Writing the reports reuses one builder
 * for every page of every module ({@link ReportBuffers}).
 */
final class BuilderOutput implements TemplateOutput {
    private final StringBuilder out;

    BuilderOutput(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void writeContent(String value) {
        out.append(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        out.append(value, beginIndex, endIndex);
    }

    /**
     * The chart coordinates are {@code int}s: appended without a string. Other primitive values
     * take {@link TemplateOutput}'s default, {@code String.valueOf}, which writes the same text.
     */
    @Override
    public void writeUserContent(int value) {
        out.append(value);
    }
}

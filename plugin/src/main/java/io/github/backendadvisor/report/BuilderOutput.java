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

    @Override
    public void writeUserContent(boolean value) {
        out.append(value);
    }

    @Override
    public void writeUserContent(byte value) {
        out.append(value);
    }

    @Override
    public void writeUserContent(short value) {
        out.append(value);
    }

    @Override
    public void writeUserContent(int value) {
        out.append(value);
    }

    @Override
    public void writeUserContent(long value) {
        out.append(value);
    }

    @Override
    public void writeUserContent(float value) {
        out.append(value);
    }

    @Override
    public void writeUserContent(double value) {
        out.append(value);
    }
}

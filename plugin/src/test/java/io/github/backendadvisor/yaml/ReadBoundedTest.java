package io.github.backendadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's bytes up to the bound, read in one open whatever its size. */
class ReadBoundedTest {
    @TempDir
    Path dir;

    private byte[] file(int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) bytes[i] = (byte) ('a' + i % 26);
        Files.write(dir.resolve("f.yaml"), bytes);
        return bytes;
    }

    @Test
    void readsSmallAndEmptyFilesWhole() throws IOException {
        for (int size : new int[] {0, 1, 700, 8192, 8193, 100_000}) {
            byte[] bytes = file(size);
            assertArrayEquals(bytes, SafeYaml.readBounded(dir.resolve("f.yaml")), "size " + size);
        }
    }

    @Test
    void readsOneByteBeyondTheBoundOfALargerFile() throws IOException {
        byte[] exact = file(SafeYaml.MAX_BYTES);
        assertArrayEquals(exact, SafeYaml.readBounded(dir.resolve("f.yaml")));
        byte[] larger = file(SafeYaml.MAX_BYTES + 5);
        byte[] read = SafeYaml.readBounded(dir.resolve("f.yaml"));
        assertEquals(SafeYaml.MAX_BYTES + 1, read.length);
        assertArrayEquals(Arrays.copyOf(larger, SafeYaml.MAX_BYTES + 1), read);
    }
}

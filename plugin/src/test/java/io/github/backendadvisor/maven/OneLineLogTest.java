package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

class OneLineLogTest {

    @Test
    void aMessageStaysOnOneLineAndShowsWhatATerminalWouldActOn() {
        assertEquals("Backend Advisor: live\\n::error::pwned", OneLineLog.oneLine("Backend Advisor: live\n::error::pwned"));
        assertEquals("a\\r\\nb\\u001b[31mc\\u202ed\\u0085e", OneLineLog.oneLine("a\r\nb\u001b[31mc\u202ed\u0085e"));
        // tabs, letters of any script and right-to-left marks are text
        assertEquals("чат\t💬 \u200fאב", OneLineLog.oneLine("чат\t💬 \u200fאב"));
    }

    @Test
    void aCleanMessageIsPassedOnAsItIs() {
        String line = "Backend Advisor: Use Node.js for live-chat: it leads by 12.0 points.";
        assertSame(line, OneLineLog.oneLine(line));
    }

    @Test
    void everyLevelWritesTheOneLineForm() {
        List<String> written = new ArrayList<>();
        // a log that records each call, as "level message"
        Log recording = (Log) java.lang.reflect.Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> written.add(method.getName() + " " + args[0]));
        OneLineLog log = new OneLineLog(recording);
        log.debug("a\nb");
        log.info("a\nb");
        log.warn("a\nb");
        log.error("a\nb");
        assertEquals(List.of("debug a\\nb", "info a\\nb", "warn a\\nb", "error a\\nb"), written);
    }
}

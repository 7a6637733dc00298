package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandIT {

    @Test
    void aBusyPortIsAOneLineErrorWithExitCode2(@TempDir Path data) throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--port", Integer.toString(busy.getLocalPort()), "--data", data.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("port " + busy.getLocalPort() + " is already in use", "--port")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void refusesLimitsBelowOne(@TempDir Path data) {
        CliRun run = CliRun.of("serve", "--max-body-mb", "0", "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-body-mb");
    }
}

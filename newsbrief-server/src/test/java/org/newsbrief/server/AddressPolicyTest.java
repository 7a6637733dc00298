package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1",
        "fd00::1", "fe80::1", "100.64.0.1", "224.0.0.1"})
    void privateLoopbackAndLinkLocalAddressesArePrivate(String address) throws UnknownHostException {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111"})
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "gopher://x", "data:text/html,hi"})
    void onlyHttpAndHttpsAreFetched(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(ApiException.class).hasMessageContaining("only http and https");
    }

    @Test
    void refusesLiteralPrivateHostsAndCredentials() {
        assertThatThrownBy(() -> strict.check("http://127.0.0.1:8080/")).hasMessageContaining("--allow-private-urls");
        assertThatThrownBy(() -> strict.check("http://[::1]/")).hasMessageContaining("loopback or private");
        assertThatThrownBy(() -> strict.check("http://169.254.169.254/latest/meta-data")).hasMessageContaining("private");
        assertThatThrownBy(() -> strict.check("http://user:pw@93.184.216.34/")).hasMessageContaining("credentials");
        assertThatThrownBy(() -> strict.check("http:///nohost")).hasMessageContaining("without a host");
    }

    @Test
    void allowsPrivateHostsWhenToldTo() {
        assertThat(new AddressPolicy(true).check("http://127.0.0.1:8080/a").getPort()).isEqualTo(8080);
    }
}

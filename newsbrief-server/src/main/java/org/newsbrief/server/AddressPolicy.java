package org.newsbrief.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs the server may fetch: http and https only, and unless allowed, never a host that
 * resolves to a loopback, link-local, site-local (private), unique-local, multicast or
 * unspecified address, so that a pasted link cannot make the server probe its own network.
 * Thread-safe.
 */
final class AddressPolicy {

    private final boolean allowPrivate;

    AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Checks a URL before it is fetched (and again at each redirect). */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw ApiException.badRequest("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.badRequest("only http and https URLs are fetched: " + url);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ApiException.badRequest("URL without a host: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw ApiException.badRequest("URLs with credentials are not fetched: " + url);
        }
        if (!allowPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (isPrivate(address)) {
                        throw ApiException.badRequest("URL points at a loopback or private address (" + address.getHostAddress()
                                + "); start the server with --allow-private-urls to allow it: " + url);
                    }
                }
            } catch (UnknownHostException e) {
                throw ApiException.badRequest("unknown host: " + uri.getHost());
            }
        }
        return uri;
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }
}

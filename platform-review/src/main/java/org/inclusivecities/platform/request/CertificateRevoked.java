package org.inclusivecities.platform.request;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/** The secretariat revoked a city's certificate: its accredited badge is gone. */
public record CertificateRevoked(String cityId, String requestId) implements ChangeOfCity {
}

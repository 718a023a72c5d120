package org.inclusivecities.platform.security;

/**
 * What every way of signing in (password, OIDC, API token, JWT) leaves behind: the person's id. Web code
 * asks for {@code @AuthenticationPrincipal PlatformPrincipal} and loads the person from there.
 */
public interface PlatformPrincipal {

	String personId();

	String email();

	String displayName();

}

package org.inclusivecities.platform.security;

/** A person's password was set anew (reset by mail link or changed signed in): their other sessions must end. */
public record PasswordChanged(String personId) {
}

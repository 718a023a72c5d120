/** The four kinds of refusal every domain exception is one of, mapped once per web surface. */
package org.inclusivecities.platform.refusal;

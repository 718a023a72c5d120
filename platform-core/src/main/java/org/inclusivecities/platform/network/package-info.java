/**
 * The secretariat's management of the network's cities: suspending, reinstating, merging a duplicate record into
 * the city it duplicates, and removing a duplicate without content. Every change refuses what the city's lifecycle
 * forbids and is recorded in the city's history (who, when, why).
 */
package org.inclusivecities.platform.network;

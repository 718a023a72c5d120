/**
 * Monitoring and evaluation of the action plan (step 3 of the charter's action plan): indicators defined
 * from the start, measurements, yearly reports and the "on hold" status. Part of the {@code plan} module;
 * exposed to other modules (the public profile, the calendar, review) as its {@code monitoring} interface.
 */
@NamedInterface("monitoring")
package org.inclusivecities.platform.plan.monitoring;

import org.springframework.modulith.NamedInterface;

/**
 * Home pages that lead: a person's city workspaces, the secretariat's home and the list of what is waiting for
 * them are built from what features register here ({@link org.inclusivecities.platform.workspace.WorkspaceSection},
 * {@link org.inclusivecities.platform.workspace.SecretariatSection},
 * {@link org.inclusivecities.platform.workspace.WaitingItems}). This module iterates the registered beans in order
 * and never names a feature (Decidim's manifest idea).
 */
package org.inclusivecities.platform.workspace;

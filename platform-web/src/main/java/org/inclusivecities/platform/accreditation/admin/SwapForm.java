package org.inclusivecities.platform.accreditation.admin;

/** Replace the proposed reviewer {@code outgoing} (a person id) by the pool reviewer {@code incoming}. */
record SwapForm(String outgoing, String incoming) {

}

package org.inclusivecities.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The configured OpenID Connect providers, as the sign-in and invitation pages offer them. */
@Component
public class SignInProviders {

	private final List<Provider> providers = new ArrayList<>();

	SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
			}
		}
	}

	public List<Provider> all() {
		return List.copyOf(providers);
	}

	public Optional<Provider> find(String id) {
		return providers.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** A single sign-on provider: its registration id (in {@code /oauth2/authorization/{id}}) and its name. */
	public record Provider(String id, String name) {
	}

}

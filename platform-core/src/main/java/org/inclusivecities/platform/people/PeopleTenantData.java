package org.inclusivecities.platform.people;

import java.util.List;

import org.bson.Document;

import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.TenantData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A city's invitations (without their token hashes: they are secrets of this installation, so imported
 * invitations must be sent again) and membership history. Members themselves: {@link CityMembersData}.
 */
@Configuration(proxyBeanMethods = false)
class PeopleTenantData {

	@Bean
	TenantData invitationsData(MongoTemplate mongo) {
		return new CityCollection(mongo, "invitations") {
			@Override
			public List<Document> export(String cityId) {
				List<Document> invitations = super.export(cityId);
				invitations.forEach(invitation -> invitation.remove("tokenHash"));
				return invitations;
			}
		};
	}

	@Bean
	TenantData membershipChangesData(MongoTemplate mongo) {
		return new CityCollection(mongo, "membershipChanges");
	}

	@Bean
	TenantData cityMembersData(MongoTemplate mongo) {
		return new CityMembersData(mongo);
	}

}

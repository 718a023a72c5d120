package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Council members' names were public when a box was ticked ({@code namePublic}); now a recorded
 * {@link CouncilConsent} decides. Every member ticked in a draft or a published version gets a consent record
 * "given before records were kept" ({@link ConsentBasis#BEFORE_RECORDS}), dated when its part was last saved, so
 * that nobody's name disappears or appears by the upgrade, and each can now be withdrawn.
 */
@ChangeUnit(id = "council-consents", order = "007", author = "inclusive-cities")
public class CouncilConsents007 {

	@Execution
	public void recordTickedBoxes(MongoTemplate mongo) {
		Set<String> done = new HashSet<>();
		List<CouncilConsent> consents = new ArrayList<>();
		for (Document plan : mongo.getCollection("action_plans").find()) {
			Document section = plan.get("council", Document.class);
			collect(plan.getString("cityId"), section == null ? null : section.get("content", Document.class),
					section == null ? null : section.getDate("changedAt"), done, consents);
		}
		for (Document published : mongo.getCollection("published_plans").find()) {
			Document snapshot = published.get("snapshot", Document.class);
			collect(published.getString("cityId"), snapshot == null ? null : snapshot.get("council", Document.class),
					published.getDate("publishedAt"), done, consents);
		}
		consents.forEach(mongo::insert);
	}

	private static void collect(String cityId, Document council, Date at, Set<String> done,
			List<CouncilConsent> consents) {
		if (cityId == null || council == null || council.getList("members", Document.class) == null) {
			return;
		}
		for (Document member : council.getList("members", Document.class)) {
			if (!Boolean.TRUE.equals(member.getBoolean("namePublic")) || member.getString("name") == null) {
				continue;
			}
			String memberId = member.getString("id") != null ? member.getString("id")
					: CouncilMember.legacyId(member.getString("name"), member.getString("organisation"),
							member.getString("profile"));
			if (done.add(cityId + "/" + memberId)) {
				Instant recorded = at == null ? Instant.EPOCH : at.toInstant();
				consents.add(new CouncilConsent(null, cityId, memberId, member.getString("name"),
						CouncilConsentScope.PUBLIC, ConsentBasis.BEFORE_RECORDS,
						recorded.atZone(ZoneOffset.UTC).toLocalDate(), null, null, recorded, null, null, null));
			}
		}
	}

	/** The records stay: an older version ignores them, and drops no name by them. */
	@RollbackExecution
	public void keepRecords() {
	}

}

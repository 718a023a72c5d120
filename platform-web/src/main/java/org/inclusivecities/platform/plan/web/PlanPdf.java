package org.inclusivecities.platform.plan.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlan.PublicStakeholder;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Renders a published plan (its public view) as a PDF with OpenPDF, in the reader's language. */
@Component
class PlanPdf {

	static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);

	static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private final MessageSource messages;

	private final PlanFormat format;

	PlanPdf(MessageSource messages, PlanFormat format) {
		this.messages = messages;
		this.format = format;
	}

	byte[] render(City city, PublicPlan plan) {
		Locale locale = LocaleContextHolder.getLocale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle(city.getName() + " – " + msg("plan.title", locale));
		document.open();
		document.add(new Paragraph(city.getName() + " – " + msg("plan.title", locale), TITLE));
		document.add(new Paragraph(msg("plan.pdf.version", locale, plan.label(), format.time(plan.publishedAt())), BODY));

		heading(document, msg("plan.part.mission", locale));
		text(document, msg("plan.field.mission", locale), plan.mission().mission());
		text(document, msg("plan.field.vision", locale), plan.mission().vision());

		heading(document, msg("plan.part.council", locale));
		table(document, List.of(msg("plan.field.name", locale), msg("plan.field.organisation", locale),
				msg("plan.field.profile", locale)),
				plan.council().stream().map(m -> List.of(m.name() == null ? msg("plan.pdf.anonymous", locale) : m.name(),
						m.organisation() == null ? "" : m.organisation(), msg("plan.profile." + m.profile(), locale))).toList());

		heading(document, msg("plan.part.goals", locale));
		table(document, List.of(msg("plan.field.text", locale), msg("plan.field.term", locale),
				msg("plan.field.targetDate", locale)),
				plan.goals().goals().stream().map(g -> List.of(g.text(), msg("plan.term." + g.term(), locale),
						format.date(g.targetDate()))).toList());

		heading(document, msg("plan.part.activities", locale));
		table(document, List.of(msg("plan.field.title", locale), msg("plan.field.type", locale),
				msg("plan.activities.when", locale), msg("plan.field.place", locale)),
				plan.activities().stream().map(a -> activityRow(a, locale)).toList());

		heading(document, msg("plan.part.kickoff", locale));
		text(document, msg("plan.field.date", locale), format.date(plan.kickoff().date()));
		text(document, msg("plan.field.place", locale), plan.kickoff().place());
		text(document, msg("plan.field.stakeholdersInvited", locale), plan.kickoff().stakeholdersInvited());
		text(document, msg("plan.field.attendance", locale), String.join(", ", plan.kickoff().attendance().stream()
			.map(a -> msg("plan.kickoff.attended", locale, msg("plan.attendee." + a.group(), locale), a.count()))
			.toList()));
		text(document, msg("plan.field.outcomeNotes", locale), plan.kickoff().outcomeNotes());
		text(document, msg("plan.field.followUp", locale), plan.kickoff().followUp());

		heading(document, msg("plan.part.communication", locale));
		table(document, List.of(msg("plan.field.audience", locale), msg("plan.field.message", locale),
				msg("plan.field.channel", locale), msg("plan.field.owner", locale), msg("plan.field.timing", locale)),
				plan.communication().stream().map(r -> List.of(r.audience(), r.message(), r.channel(), orEmpty(r.owner()),
						orEmpty(r.timing()))).toList());

		heading(document, msg("plan.part.baseline", locale));
		table(document, List.of(msg("plan.field.sector", locale), msg("plan.field.existing", locale),
				msg("plan.field.gaps", locale)),
				plan.baseline().practices().stream().map(p -> List.of(msg("plan.sector." + p.sector(), locale),
						orEmpty(p.existing()), orEmpty(p.gaps()))).toList());
		stakeholders(document, plan.baseline().stakeholders(), locale);
		document.close();
		return out.toByteArray();
	}

	private List<String> activityRow(Activity a, Locale locale) {
		String when = a.startDate().equals(a.endDate()) ? format.date(a.startDate())
				: format.date(a.startDate()) + " – " + format.date(a.endDate());
		return List.of(a.title(), msg("plan.type." + a.type(), locale), when, a.place().name());
	}

	/** The stakeholder map, with the ratings' columns only when the city made them public. */
	private void stakeholders(Document document, List<PublicStakeholder> stakeholders, Locale locale) {
		boolean rated = stakeholders.stream().anyMatch(st -> st.influence() != null);
		List<String> headers = new java.util.ArrayList<>(List.of(msg("plan.field.organisation", locale),
				msg("plan.field.sector", locale), msg("plan.field.role", locale)));
		if (rated) {
			headers.addAll(List.of(msg("plan.field.influence", locale), msg("plan.field.interest", locale),
					msg("plan.field.engagement", locale)));
		}
		table(document, headers, stakeholders.stream().map(st -> {
			List<String> row = new java.util.ArrayList<>(List.of(st.organisation(),
					st.sector() == null ? "" : msg("plan.sector." + st.sector(), locale), orEmpty(st.role())));
			if (rated) {
				row.addAll(List.of(label("plan.level.", st.influence(), locale), label("plan.level.", st.interest(), locale),
						label("plan.engagement.", st.engagement(), locale)));
			}
			return row;
		}).toList());
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return value == null ? "" : msg(prefix + value.name(), locale);
	}

	static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	static void heading(Document document, String text) {
		Paragraph paragraph = new Paragraph(text, HEADING);
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	static void text(Document document, String label, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new Paragraph(label + ": " + value, BODY));
		}
	}

	static void table(Document document, List<String> headers, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		PdfPTable table = new PdfPTable(headers.size());
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		headers.forEach(h -> table.addCell(new Paragraph(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10))));
		rows.forEach(row -> row.forEach(cell -> table.addCell(new Paragraph(cell, BODY))));
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		document.add(table);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

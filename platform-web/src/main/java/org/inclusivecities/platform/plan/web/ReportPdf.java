package org.inclusivecities.platform.plan.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.layout.Figures;
import org.inclusivecities.platform.plan.monitoring.ActivityOutcome;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.ReportPrefill;
import org.inclusivecities.platform.plan.monitoring.ReportReview;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A yearly report as a PDF in the reader's language, with the same parts as its preview: status, planned activities
 * and what became of them, other activities held, indicator progress, communication, reflection and next steps, and
 * the secretariat's latest answer.
 */
@Component
class ReportPdf {

	private final MessageSource messages;

	private final PlanFormat format;

	private final Figures figures;

	ReportPdf(MessageSource messages, PlanFormat format, Figures figures) {
		this.messages = messages;
		this.format = format;
		this.figures = figures;
	}

	byte[] render(City city, MonitoringReport report, ReportPrefill prefill) {
		Locale locale = LocaleContextHolder.getLocale();
		String title = msg("monitoring.report.title", locale, String.valueOf(report.getYear()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle(city.getName() + " – " + title);
		document.open();
		document.add(new Paragraph(city.getName() + " – " + title, PlanPdf.TITLE));
		document.add(new Paragraph(msg("monitoring.report.state." + report.getStatus(), locale), PlanPdf.BODY));
		ReportReview review = report.getLatestReview();
		if (review != null) {
			PlanPdf.text(document, msg("monitoring.report.feedback", locale), review.feedback());
		}

		PlanPdf.heading(document, msg("monitoring.report.planned", locale));
		PlanPdf.table(document, List.of(msg("plan.field.title", locale), msg("plan.field.date", locale),
				msg("monitoring.report.outcome", locale), msg("monitoring.field.participants", locale),
				msg("monitoring.report.notesOrReason", locale)),
				prefill.planned().stream().map(a -> {
					ActivityOutcome o = report.outcome(a.id());
					return List.of(a.title(), format.date(a.startDate()), outcome(o, locale),
							o == null || o.participants() == null ? "" : figures.number(o.participants()),
							o == null ? "" : PlanPdf.orEmpty(o.held() ? o.notes() : o.reason()));
				}).toList());

		PlanPdf.heading(document, msg("monitoring.report.held", locale));
		PlanPdf.table(document, List.of(msg("plan.field.title", locale), msg("plan.field.date", locale),
				msg("monitoring.field.attendance", locale), msg("monitoring.field.outcomes", locale)),
				report.getHeld().stream().map(h -> List.of(h.title(), format.date(h.date()),
						h.attendance() == null ? "" : figures.number(h.attendance()), PlanPdf.orEmpty(h.outcomes()))).toList());

		PlanPdf.heading(document, msg("monitoring.report.progress", locale));
		PlanPdf.table(document, List.of(msg("monitoring.report.indicator", locale), msg("monitoring.field.baselineValue", locale),
				msg("monitoring.field.targetValue", locale), msg("monitoring.report.latest", locale),
				msg("monitoring.report.progressShare", locale)),
				prefill.progress().stream().map(p -> List.of(p.name() + " (" + p.unit() + ")", number(p.baselineValue()),
						number(p.targetValue()),
						p.latestValue() == null ? "" : number(p.latestValue()) + " (" + format.date(p.latestDate()) + ")",
						p.percent() == null ? "" : msg("monitoring.report.percent", locale, figures.number(p.percent()))))
					.toList());

		PlanPdf.heading(document, msg("monitoring.report.communication", locale));
		PlanPdf.table(document, List.of(msg("plan.field.audience", locale), msg("plan.field.message", locale),
				msg("plan.field.channel", locale), msg("plan.field.timing", locale)),
				prefill.communication().stream().map(c -> List.of(c.audience(), c.message(), c.channel(),
						PlanPdf.orEmpty(c.timing()))).toList());

		PlanPdf.heading(document, msg("monitoring.report.reflectionTitle", locale));
		PlanPdf.text(document, msg("monitoring.field.reflection", locale), report.getReflection());
		PlanPdf.text(document, msg("monitoring.field.nextSteps", locale), report.getNextSteps());
		document.close();
		return out.toByteArray();
	}

	private String outcome(ActivityOutcome outcome, Locale locale) {
		return msg(outcome == null ? "monitoring.report.unmarked"
				: outcome.held() ? "monitoring.report.wasHeld" : "monitoring.report.notHeld", locale);
	}

	private String number(Double value) {
		return value == null ? "" : figures.number(value);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

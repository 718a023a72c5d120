package org.inclusivecities.platform.accreditation.web;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.inclusivecities.platform.layout.SiteUrl;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The accreditation certificate as a one-page PDF (OpenPDF) with the city, the validity and where to verify it. */
@Component
class CertificatePdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24);

	private static final Font CITY = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 12);

	private final MessageSource messages;

	private final SiteUrl siteUrl;

	CertificatePdf(MessageSource messages, SiteUrl siteUrl) {
		this.messages = messages;
		this.siteUrl = siteUrl;
	}

	byte[] render(Certificate certificate, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 60, 60, 80, 60);
		PdfWriter.getInstance(document, out);
		String title = msg("review.certificate.title", locale);
		document.addTitle(title + " – " + certificate.cityName());
		document.open();
		centred(document, title, TITLE, 30);
		centred(document, msg("review.certificate.awardedTo", locale), BODY, 10);
		centred(document, certificate.cityName(), CITY, 20);
		centred(document, msg("review.certificate.outcome." + certificate.outcome(), locale), BODY, 10);
		String until = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(certificate.validUntil());
		centred(document, msg("review.certificate.validUntil", locale, until), BODY, 30);
		centred(document, msg("review.certificate.code", locale, certificate.code()), BODY, 6);
		centred(document, msg("review.certificate.verifyAt", locale,
				siteUrl.current() + "/accreditations/" + certificate.code()), BODY, 6);
		document.close();
		return out.toByteArray();
	}

	private static void centred(Document document, String text, Font font, float spacingAfter) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(spacingAfter);
		document.add(paragraph);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

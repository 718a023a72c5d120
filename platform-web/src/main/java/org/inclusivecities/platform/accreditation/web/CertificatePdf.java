package org.inclusivecities.platform.accreditation.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.inclusivecities.platform.layout.Figures;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.request.Certificates.PublicCondition;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The accreditation certificate as a one-page PDF (OpenPDF): the city, the decision's date, the validity, the
 * conditions in their own words, the certificate's state today, the code, and the verification URL (the site's
 * absolute address) in words and as a QR code (ZXing). No reviewer is named.
 */
@Component
class CertificatePdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24);

	private static final Font CITY = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 12);

	/** Printed width and height of the QR code, in points (about 3.5 cm). */
	private static final float QR_SIZE = 100;

	private final MessageSource messages;

	private final SiteUrl siteUrl;

	private final CertificateBadge badge;

	CertificatePdf(MessageSource messages, SiteUrl siteUrl, CertificateBadge badge) {
		this.messages = messages;
		this.siteUrl = siteUrl;
		this.badge = badge;
	}

	byte[] render(Certificate certificate, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 40);
		PdfWriter.getInstance(document, out);
		String title = msg("review.certificate.title", locale);
		String url = siteUrl.current() + "/accreditations/" + certificate.code();
		document.addTitle(title + " – " + certificate.cityName());
		document.open();
		centred(document, title, TITLE, 20);
		centred(document, msg("review.certificate.awardedTo", locale), BODY, 8);
		centred(document, certificate.cityName(), CITY, 14);
		centred(document, msg("review.certificate.outcome." + certificate.outcome().name(), locale), BODY, 6);
		centred(document, msg("review.certificate.decidedOn", locale, Figures.date(certificate.decidedOn(), locale)), BODY, 6);
		centred(document, msg("review.certificate.validUntil", locale, Figures.date(certificate.validUntil(), locale)),
				BODY, 6);
		centred(document, msg("review.certificate.stateLine", locale, badge.state(certificate, locale)), BODY, 12);
		if (!certificate.conditions().isEmpty()) {
			centred(document, msg("review.certificate.conditionsLabel", locale), BODY, 4);
			for (PublicCondition condition : certificate.conditions()) {
				centred(document, msg(condition.met() ? "review.certificate.conditionMet" : "review.certificate.conditionDue",
						locale, condition.text(), Figures.date(condition.dueBy(), locale)), BODY, 4);
			}
			centred(document, "", BODY, 8);
		}
		centred(document, msg("review.certificate.code", locale, certificate.code()), BODY, 6);
		centred(document, msg("review.certificate.verifyAt", locale, url), BODY, 8);
		document.add(qrCode(url));
		document.close();
		return out.toByteArray();
	}

	/** The URL as a QR code, one pixel per module (with the standard quiet zone), printed at {@link #QR_SIZE}. */
	static Image qrCode(String url) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			int width = matrix.getWidth();
			int height = matrix.getHeight();
			byte[] grey = new byte[width * height];
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					grey[y * width + x] = (byte) (matrix.get(x, y) ? 0 : 255);
				}
			}
			Image image = Image.getInstance(width, height, 1, 8, grey);
			image.scaleAbsolute(QR_SIZE, QR_SIZE);
			image.setAlignment(Element.ALIGN_CENTER);
			image.setAlt(url);
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A verification URL too long for a QR code: " + url.length(), ex);
		}
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

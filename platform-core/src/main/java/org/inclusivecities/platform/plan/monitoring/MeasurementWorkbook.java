package org.inclusivecities.platform.plan.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The measurements template as an Excel workbook: one row per indicator, the date column formatted as a date. */
final class MeasurementWorkbook {

	private MeasurementWorkbook() {
	}

	static byte[] template(String[] header, List<Indicator> indicators) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("measurements");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
				sheet.setDefaultColumnStyle(i, i == 2 ? date : workbook.createCellStyle());
			}
			int r = 1;
			for (Indicator indicator : indicators) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(indicator.getId());
				row.createCell(1).setCellValue(indicator.getDefinition().name());
				row.createCell(2).setCellStyle(date);
			}
			for (int i = 0; i < header.length; i++) {
				sheet.setColumnWidth(i, (i == 0 ? 40 : 20) * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

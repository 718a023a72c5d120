package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council member keeps the city's figures in Excel: from {@code /} they define an indicator, import the CSV
 * Belgian Excel saves (byte order mark, semicolons, decimal commas, day-first dates), import the same file again
 * without doubling anything, and then an XLSX workbook that corrects one value and adds one; at the desktop and at
 * 390 px, every page scanned by axe-core.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeasurementImportJourneyTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough passphrase 42";

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	@RegisterExtension
	static Browser browser = new Browser();

	private static final PlanSteps steps = new PlanSteps(browser);

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	IndicatorService indicators;

	@ParameterizedTest
	@EnumSource(Width.class)
	void excelFilesAreImportedAndImportingThemAgainDoublesNothing(Width width) throws Exception {
		String name = width == Width.DESKTOP ? "Excelburg" : "Phonecel";
		City city = cities.save(City.apply(new CityProfile(name, "BE", null, 90_000L, List.of("nl"), null, null),
				clock.instant()));
		String email = "council@" + city.getSlug() + ".example";
		Person member = Person.create(email, "Sam Sheets", Language.EN, clock.instant());
		member.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER), clock.instant(), "test");
		member.changePassword(passwords.encode(PASSWORD));
		people.save(member);
		LocalDate first = LocalDate.now(clock).minusMonths(2);
		LocalDate second = LocalDate.now(clock).minusMonths(1);
		LocalDate third = LocalDate.now(clock).minusDays(3);

		browser.at(width).signIn("http://localhost:" + port, email, PASSWORD);
		browser.clickInNavigation("My workspace").click(name).click("Action plan").click("Indicators and measurements");
		browser.type("name", "Visitors at recovery events").type("unit", "people");
		steps.select("frequency", "PER_ACTIVITY");
		browser.find(By.id("aim-CELEBRATE_RECOVERY")).click();
		browser.click("Add indicator");
		browser.click("Back to indicators");
		assertThat(browser.text()).contains("Download the template with your indicators (CSV)",
				"Download the template with your indicators (Excel)");

		// the id is what the person copies from the downloaded template
		String id = indicators.list(city.getId()).getFirst().getId();
		Path csv = Files.createTempFile("Bezoekers", ".csv");
		Files.writeString(csv, "\uFEFFindicator_id;indicator_name;date;value;source;note\r\n"
				+ id + ";Visitors at recovery events;" + DAY_FIRST.format(first) + ";14;telling;\r\n"
				+ id + ";Visitors at recovery events;" + DAY_FIRST.format(second) + ";12,5;telling;gemiddelde\r\n",
				StandardCharsets.UTF_8);

		choose(csv);
		assertThat(browser.text()).contains("Check what the import will change", "2 new", "0 changed", "0 unchanged",
				"14 people", "12.5 people");
		browser.click("Confirm the import");
		assertThat(browser.text())
			.contains("Import done: 2 new and 0 changed measurements saved; 0 rows were already recorded.");

		choose(csv);
		assertThat(browser.text()).contains("0 new", "0 changed", "2 unchanged",
				"Every row is already recorded with the same value: importing this file changes nothing.");
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Confirm the import']"))).isEmpty();
		browser.click("Back to indicators");

		choose(workbook(id, second, third));
		assertThat(browser.text()).contains("1 new", "1 changed", "0 unchanged");
		browser.click("Confirm the import");
		assertThat(browser.text())
			.contains("Import done: 1 new and 1 changed measurements saved; 0 rows were already recorded.");

		browser.click("Visitors at recovery events");
		List<String> values = browser.find(By.id("measurements"))
			.findElements(By.cssSelector("tbody tr:not(.ic-reference-row) td:nth-child(2)"))
			.stream()
			.map(cell -> cell.getText())
			.toList();
		assertThat(values).containsExactly("14", "13", "20");
	}

	private void choose(Path file) {
		browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.click("Import measurements");
	}

	/** What Excel saves as .xlsx: a date cell formatted day-first, numbers as numbers. */
	private static Path workbook(String id, LocalDate corrected, LocalDate added) throws Exception {
		Path path = Files.createTempFile("Bezoekers", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
			Sheet sheet = workbook.createSheet("Blad1");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			String[] header = { "indicator_id", "indicator_name", "date", "value" };
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			int r = 1;
			for (Object[] values : List.of(new Object[] { corrected, 13d }, new Object[] { added, 20d })) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(id);
				row.createCell(1).setCellValue("Visitors at recovery events");
				row.createCell(2).setCellValue((LocalDate) values[0]);
				row.getCell(2).setCellStyle(date);
				row.createCell(3).setCellValue((Double) values[1]);
			}
			workbook.write(out);
		}
		return path;
	}

}

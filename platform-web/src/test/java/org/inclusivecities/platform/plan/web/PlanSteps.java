package org.inclusivecities.platform.plan.web;

import java.time.LocalDate;

import org.inclusivecities.platform.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps a journey takes on the plan's part pages, shared by every journey that fills a plan. */
public record PlanSteps(Browser browser) {

	public void addMember(String name, String profile) {
		browser.type("name", name).type("organisation", "The city");
		select("profile", profile);
		browser.click("Add member");
	}

	public void addActivity(String title, String type, LocalDate date) {
		browser.type("title", title);
		select("type", type);
		browser.type("startDate", date.toString()).type("place", "Market square");
		browser.find(By.id("aim-CELEBRATE_RECOVERY")).click();
		browser.find(By.id("coDefined")).click();
		browser.click("Add activity");
		assertThat(browser.text()).contains(title);
	}

	public void select(String id, String value) {
		new Select(browser.find(By.id(id))).selectByValue(value);
	}

}

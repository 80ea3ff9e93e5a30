package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages that change things (Alerts, Channels) are protected views: they open with the view
 * token that MDT's own links carry, or when the browser marks the request as typed in or as
 * coming from MDT itself; a request from another site, or from a browser that does not say,
 * gets 403 and a link to open the page with a click.
 */
@ExtendWith(RunningMdt.class)
class ProtectedPagesIT {

    private static final String TOKEN = "jakarta.faces.Token=";

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    ProtectedPagesIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.signIn(browser, mdt.baseUrl(), Mdt.ADMIN, mdt.adminPassword());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLinksToProtectedPagesCarryTheTokenAndTheOthersDoNot() {
        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.titleContains("Models"));

        assertThat(href("menuAlerts")).contains("/alerts.xhtml?" + TOKEN);
        assertThat(href("menuChannels")).contains("/channels.xhtml?" + TOKEN);
        assertThat(href("menuModels")).doesNotContain(TOKEN);

        browser.findElement(By.cssSelector("a[href*='/channels.xhtml']")).click();
        wait.until(ExpectedConditions.titleContains("Channels"));
    }

    @Test
    void anAddressTypedInOpensTheProtectedPageWithAFreshTokenAndItsParameters() {
        browser.get(mdt.baseUrl() + "/alerts.xhtml?severity=critical");

        wait.until(ExpectedConditions.titleContains("Alerts"));
        assertThat(browser.getCurrentUrl()).contains(TOKEN, "severity=critical");

        browser.get(mdt.baseUrl() + "/alerts.xhtml?severity=warning&" + TOKEN + "stale");
        wait.until(ExpectedConditions.urlContains("severity=warning"));
        wait.until(ExpectedConditions.titleContains("Alerts"));
        assertThat(browser.getCurrentUrl()).doesNotContain("stale");
    }

    @Test
    void aRequestFromAnotherSiteOrOfUnknownOriginMustBeConfirmedWithAClick() {
        for (var site : Arrays.asList("cross-site", "same-site", null)) {
            var page = signedIn(site).get("/alerts.xhtml?severity=critical");

            assertThat(page.statusCode()).as("Sec-Fetch-Site " + site).isEqualTo(403);
            assertThat(page.body().asString())
                    .doesNotContain("<title>Alerts")
                    .contains("id=\"openProtectedPage\"", TOKEN, "severity=critical");
        }
        var typed = signedIn("none").get("/channels.xhtml");
        assertThat(typed.statusCode()).isEqualTo(302);
        assertThat(typed.header("Location")).contains("/channels.xhtml?" + TOKEN);

        var confirmed = signedIn("same-origin").get(typed.header("Location"));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body().asString()).contains("<title>Channels");
    }

    /** The address of a menu item, whose id PrimeFaces gives to its link or to the link's list item. */
    private String href(String menuItem) {
        var item = browser.findElement(By.cssSelector("[id$='" + menuItem + "']"));
        return "a".equals(item.getTagName())
                ? item.getAttribute("href")
                : item.findElement(By.tagName("a")).getAttribute("href");
    }

    /** A request with the browser's session, and the given {@code Sec-Fetch-Site}, or none. */
    private RequestSpecification signedIn(String site) {
        var request = RestAssured.given()
                .baseUri(mdt.baseUrl())
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .cookie(
                        "JSESSIONID",
                        browser.manage().getCookieNamed("JSESSIONID").getValue());
        return site == null ? request : request.header("Sec-Fetch-Site", site);
    }
}

package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page that cannot be answered says why in words, on MDT's own error page, never with the
 * server's error report; a page kept open until its view expired opens again instead of
 * ignoring what the user does.
 */
@ExtendWith(RunningMdt.class)
class ErrorPagesIT {

    /** More views than the session keeps (Mojarra keeps the 15 latest). */
    private static final int VIEWS_PAST_THE_LIMIT = 20;

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    ErrorPagesIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        var viewer = mdt.createUser("mdt-viewer");
        Chromium.signIn(browser, mdt.baseUrl(), viewer, Mdt.password(viewer));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAddressThatLeadsNowhereGetsTheErrorPage() {
        browser.get(mdt.baseUrl() + "/no-such-page.xhtml");

        wait.until(ExpectedConditions.titleContains("No such page"));
        assertThat(browser.findElement(By.id("errorExplanation")).getText()).contains("does not lead to a page");
        assertThat(browser.getPageSource()).doesNotContain("Payara").doesNotContain("Exception");
        browser.findElement(By.id("home")).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
    }

    @Test
    void aPageAboveTheUsersRoleSaysSo() {
        browser.get(mdt.baseUrl() + "/audit.xhtml");

        wait.until(ExpectedConditions.titleContains("Not for your role"));
        assertThat(browser.findElement(By.id("errorExplanation")).getText()).contains("Your role does not allow");
    }

    @Test
    void theErrorPageShowsOnlyAWellFormedIncidentNumber() {
        browser.get(mdt.baseUrl() + "/error.xhtml?incident=0badc0de");
        wait.until(ExpectedConditions.titleContains("Something went wrong"));
        assertThat(browser.findElement(By.id("incidentNumber")).getText()).isEqualTo("0badc0de");

        browser.get(mdt.baseUrl() + "/error.xhtml?incident=%3Cscript%3E");
        wait.until(ExpectedConditions.titleContains("No such page"));
        assertThat(browser.findElements(By.id("incidentNumber"))).isEmpty();
    }

    @Test
    void aPageWhoseViewExpiredOpensAgainWhenUsed() {
        var page = mdt.baseUrl() + "/models.xhtml";
        browser.get(page);
        wait.until(ExpectedConditions.titleContains("Models"));
        var stale = browser.getWindowHandle();
        ((JavascriptExecutor) browser).executeScript("window.mdtStalePage = true");

        browser.switchTo().newWindow(WindowType.TAB);
        for (int i = 0; i < VIEWS_PAST_THE_LIMIT; i++) {
            browser.get(page);
            wait.until(ExpectedConditions.titleContains("Models"));
        }
        browser.close();
        browser.switchTo().window(stale);
        browser.findElement(By.cssSelector("#modelsForm\\:models th.ui-sortable-column"))
                .click();

        wait.until(driver -> ((JavascriptExecutor) driver).executeScript("return window.mdtStalePage") == null
                && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.getTitle()).contains("Models");
    }
}

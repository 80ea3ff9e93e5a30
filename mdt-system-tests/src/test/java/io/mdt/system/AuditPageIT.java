package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The audit page in a real headless Chromium: administrators read the log under filters; nobody else sees it. */
@ExtendWith(RunningMdt.class)
class AuditPageIT {

    private final Mdt mdt;
    private WebDriver browser;

    AuditPageIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsAModelsChangesWithTheStateBeforeAndAfter() throws IOException {
        var name = Mdt.uniqueName("paged");
        long id = mdt.createModel(name, "REGRESSION");
        mdt.api()
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\", \"owner\": \"new-owner\"}".formatted(name))
                .put("/models/" + id)
                .then()
                .statusCode(200);
        Chromium.signIn(browser, mdt.baseUrl(), Mdt.ADMIN, mdt.adminPassword());
        browser.get(mdt.baseUrl() + "/audit.xhtml?targetType=model&targetId=" + id);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.titleContains("Audit"));

        var table = browser.findElement(By.id("auditForm:entries"));
        assertThat(table.findElements(By.cssSelector(".mdt-audit-action")))
                .extracting(cell -> cell.getText())
                .containsExactly("model.updated", "model.created");
        assertThat(table.findElements(By.cssSelector(".mdt-audit-after")).get(0).getText())
                .contains("new-owner");
        assertThat(table.findElements(By.cssSelector(".mdt-audit-before"))
                        .get(0)
                        .getText())
                .contains("system tests");
        assertThat(browser.findElement(By.id("menuForm:menu")).getText()).contains("Audit");
        Chromium.screenshot(browser, "audit");
    }

    @Test
    void isHiddenFromAndClosedToEngineers() {
        var engineer = mdt.createUser("mdt-engineer");
        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
        assertThat(browser.findElement(By.id("menuForm:menu")).getText()).doesNotContain("Audit");

        browser.get(mdt.baseUrl() + "/audit.xhtml");
        assertThat(browser.getPageSource()).doesNotContain("auditForm").contains("Not for your role");
    }
}

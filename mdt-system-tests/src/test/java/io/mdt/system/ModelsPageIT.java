package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in a real headless Chromium. */
@ExtendWith(RunningMdt.class)
class ModelsPageIT {

    private final Mdt mdt;
    private WebDriver browser;

    ModelsPageIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        Chromium.signIn(browser, mdt.baseUrl(), Mdt.ADMIN, mdt.adminPassword());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsModelsCreatedOverRestAndOverJms() throws Exception {
        var overRest = Mdt.uniqueName("page-rest");
        var overJms = Mdt.uniqueName("page-jms");
        mdt.createModel(overRest, "BINARY_CLASSIFICATION");
        try (var broker = new Broker(mdt)) {
            broker.sendText("model-commands", """
                    {"name": "%s", "taskType": "REGRESSION", "owner": "jms"}
                    """.formatted(overJms));
        }

        browser.get(mdt.baseUrl() + "/");
        assertThat(browser.findElement(By.className("mdt-header")).getText()).contains("MDT");
        browser.findElement(By.linkText("Models")).click();

        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.titleContains("Models"));
        wait.until(page -> {
            page.navigate().refresh();
            var table = page.findElement(By.id("modelsForm:models")).getText();
            return table.contains(overRest) && table.contains(overJms);
        });
        Chromium.screenshot(browser, "models");
    }

    @Test
    void sortsTheTableOnTheServer() {
        var prefix = Mdt.uniqueName("sort");
        mdt.createModel(prefix + "-a", "REGRESSION");
        browser.get(mdt.baseUrl() + "/models.xhtml");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        var nameHeader = By.cssSelector("#modelsForm\\:models th.ui-sortable-column");
        wait.until(ExpectedConditions.elementToBeClickable(nameHeader)).click();
        wait.until(ExpectedConditions.attributeContains(nameHeader, "aria-sort", "ascending"));
        browser.findElement(nameHeader).click();
        wait.until(ExpectedConditions.attributeContains(nameHeader, "aria-sort", "descending"));

        var firstRow = browser.findElement(By.cssSelector("#modelsForm\\:models_data tr td"))
                .getText();
        var lastAlphabetically = mdt.api()
                .get("/models?size=1&sort=name&direction=desc")
                .jsonPath()
                .getString("items[0].name");
        assertThat(firstRow).isEqualTo(lastAlphabetically);
    }

    @Test
    void startPageCountsTheModels() {
        mdt.createModel(Mdt.uniqueName("count"), "REGRESSION");
        long total = mdt.api().get("/models?size=1").jsonPath().getLong("total");

        browser.get(mdt.baseUrl() + "/");

        var figure =
                Long.parseLong(browser.findElement(By.className("mdt-figure")).getText());
        assertThat(figure).isGreaterThanOrEqualTo(total);
        assertThat(browser.findElement(By.id("menuForm:menu")).getText()).contains("Models");
    }

    @Test
    void anEngineerRegistersAModelOnThePageToldBesideEachFieldWhatIsWrong() {
        var engineer = mdt.createUser("mdt-engineer");
        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
        browser.get(mdt.baseUrl() + "/models.xhtml");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.findElement(By.id("modelsForm:registerModel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:name")));

        browser.findElement(By.id("registerForm:owner")).sendKeys("risk team");
        browser.findElement(By.id("registerForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("registerForm:nameMessage"), "must not be blank"));
        assertThat(browser.findElement(By.id("registerForm:owner")).getAttribute("value"))
                .isEqualTo("risk team");

        var name = Mdt.uniqueName("page-registered");
        browser.findElement(By.id("registerForm:name")).sendKeys(name);
        browser.findElement(By.id("registerForm:register")).click();
        wait.until(ExpectedConditions.titleContains("Model " + name));

        long id = mdt.api().get("/models/" + name + "/status").jsonPath().getLong("modelId");
        var model =
                mdt.api().get("/models/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(model.getString("owner")).isEqualTo("risk team");
        assertThat(model.getString("taskType")).isEqualTo("REGRESSION");
        assertThat(model.getString("team")).isEqualTo(Mdt.TEAM);
    }
}

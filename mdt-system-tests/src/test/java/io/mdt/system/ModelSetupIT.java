package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An engineer sets a model up without writing JSON: registers it, adds a version whose schema a
 * sample CSV proposes, uploads the reference and creates a monitor, all on the pages, and then
 * sees the monitor's first evaluation of the predictions the model sends.
 */
@ExtendWith(RunningMdt.class)
class ModelSetupIT {

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path sample;

    ModelSetupIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.withMessage(this::messages);
        sample = Files.createTempFile("mdt-sample", ".csv");
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        Files.deleteIfExists(sample);
    }

    @Test
    void anEngineerSetsUpAModelOnThePagesAndSeesItsFirstEvaluation() throws Exception {
        var stream = new SyntheticStream(23, Set.of(), Instant.MAX);
        Files.writeString(sample, stream.referenceCsv(2_000) + "1.5,2.5\n");
        var engineer = mdt.createUser("mdt-engineer");
        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
        var model = Mdt.uniqueName("set-up");

        browser.get(mdt.baseUrl() + "/models.xhtml");
        click("modelsForm:registerModel");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:name")))
                .sendKeys(model);
        click("registerForm:register");
        wait.until(ExpectedConditions.titleContains("Model " + model));

        click("addVersion");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("versionForm:label")));
        browser.findElement(By.id("versionForm:sample_input")).sendKeys(sample.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("versionForm:columns")));
        assertThat(proposed())
                .contains(List.of("f0", "Feature", "Numerical"), List.of("score", "Prediction", "Numerical"));
        Chromium.screenshot(browser, "version-setup");
        click("versionForm:saveVersion");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("versionForm"), "label must be"));
        assertThat(proposed())
                .as("the proposal stays while the label is missing")
                .hasSize(SyntheticStream.FEATURES + 3);
        browser.findElement(By.id("versionForm:label")).sendKeys("v1");
        click("versionForm:saveVersion");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uploadReference")));
        var schema = mdt.api()
                .get("/models/" + model + "/versions/v1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(schema.getString("columns.find { it.name == 'score' }.role")).isEqualTo("PREDICTION");

        click("uploadReference");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceForm:version")));
        browser.findElement(By.id("referenceForm:file_input")).sendKeys(sample.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stored")));
        assertThat(browser.findElement(By.id("stored")).getText()).contains("Stored 2,000 rows", "1 rejected");
        assertThat(browser.findElement(By.id("referenceForm:rejected")).getText())
                .contains("2001", "cells");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.titleContains("Model " + model));

        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        mdt.api()
                .body(stream.batch("s", 0, 1_000, start, Duration.ofMillis(3_600)))
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1_000));

        click("addMonitor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monitorSetupForm:name")))
                .sendKeys("hourly");
        replace("monitorSetupForm:interval", "PT2S");
        choose(testRow("f5").findElement(By.cssSelector("[id$=':method']")), "ks (threshold 0.05)");
        testRow("f5").findElement(By.cssSelector("input[id$=':threshold']")).sendKeys("0.01");
        replace("monitorSetupForm:minRows", "many");
        click("monitorSetupForm:createMonitor");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("monitorSetupForm"), "Minimum rows must be a whole number."));
        replace("monitorSetupForm:minRows", "100");
        click("monitorSetupForm:createMonitor");
        wait.until(ExpectedConditions.titleContains("Monitor hourly"));
        long monitor = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        var created = mdt.api()
                .get("/monitors/" + monitor)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(created.getString("methods.f5")).isEqualTo("ks");
        assertThat(created.getDouble("thresholds.f5")).isEqualTo(0.01);

        mdt.awaitRuns(monitor, runs -> Mdt.count(runs, "DONE") >= 1);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("monitorForm:runs"), "Done"));

        click("monitorForm:editMonitor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monitorSetupForm:name")));
        assertThat(browser.findElement(By.id("monitorSetupForm:interval")).getAttribute("value"))
                .isEqualTo("PT2S");
        assertThat(browser.findElement(By.id("monitorSetupForm:window")).isEnabled())
                .as("runs are numbered by the window, so it cannot change")
                .isFalse();
        var f5Threshold = testRow("f5").findElement(By.cssSelector("input[id$=':threshold']"));
        assertThat(f5Threshold.getAttribute("value")).isEqualTo("0.01");
        replace("monitorSetupForm:interval", "0 6 * * *");
        replace("monitorSetupForm:minRows", "50");
        f5Threshold.clear();
        f5Threshold.sendKeys("0.02");
        click("monitorSetupForm:createMonitor");
        wait.withMessage(this::messages)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("monitorForm:settings"), "0 6 * * *"));
        var changed = mdt.api()
                .get("/monitors/" + monitor)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(changed.getInt("minRows")).isEqualTo(50);
        assertThat(changed.getString("scheduleKind")).isEqualTo("CRON");
        assertThat(changed.getString("methods.f5")).isEqualTo("ks");
        assertThat(changed.getDouble("thresholds.f5")).isEqualTo(0.02);
        assertThat(changed.getLong("windowSize")).isEqualTo(created.getLong("windowSize"));
        assertThat(changed.getMap("performance")).isEqualTo(created.getMap("performance"));
    }

    @Test
    void anEngineerAddsSwitchesOffAndRemovesAnAlertRuleOnTheModelsPage() {
        var model = Mdt.uniqueName("ruled");
        mdt.createModel(model, "REGRESSION");
        var engineer = mdt.createUser("mdt-engineer");
        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
        browser.get(mdt.baseUrl() + "/model.xhtml?name=" + model);
        wait.until(ExpectedConditions.titleContains("Model " + model));

        click("rulesForm:addRule");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ruleSetupForm:name")))
                .sendKeys("age drifts far");
        choose(browser.findElement(By.id("ruleSetupForm:kind")), "drift_score (> threshold)");
        replace("ruleSetupForm:column", "age");
        click("ruleSetupForm:createRule");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("ruleSetupForm:thresholdMessage"), "is required for drift_score rules"));
        replace("ruleSetupForm:threshold", "0.3");
        choose(browser.findElement(By.id("ruleSetupForm:severity")), "critical");
        click("ruleSetupForm:createRule");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rules"), "age drifts far"));
        assertThat(browser.findElement(By.id("rulesForm:rules")).getText())
                .contains("column age", "drift score > 0.3", "critical", "on");
        var rules = "/alert-rules?model=" + model;
        assertThat(mdt.api().get(rules).jsonPath().getString("find { it.name == 'age drifts far' }.severity"))
                .isEqualTo("critical");

        click("rulesForm:rules:0:toggleRule");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rules"), "Switch on"));
        assertThat(mdt.api().get(rules).jsonPath().getBoolean("find { it.name == 'age drifts far' }.enabled"))
                .isFalse();

        click("rulesForm:rules:0:deleteRule");
        click("rulesForm:confirmRemove");
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rules"), "age drifts far")));
        assertThat(mdt.api().get(rules).jsonPath().getList("name")).doesNotContain("age drifts far");
    }

    /** Where the browser is and what the page's messages say, for a failed wait. */
    private String messages() {
        return "at " + browser.getCurrentUrl() + " the page says: "
                + browser.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .toList();
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void replace(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Picks an option of a PrimeFaces select menu by its label, through the select it hides. */
    private void choose(WebElement menu, String label) {
        var select = menu.findElement(By.tagName("select"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = Array.from(arguments[0].options).find(o => o.text === arguments[1]).value;",
                        select,
                        label);
    }

    private WebElement testRow(String label) {
        return browser.findElements(By.cssSelector("#monitorSetupForm\\:tests_data tr")).stream()
                .filter(row -> row.getText().startsWith(label + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test row for " + label));
    }

    /** The proposed columns as name, role and type. */
    private List<List<String>> proposed() {
        return browser.findElements(By.cssSelector("#versionForm\\:columns_data tr")).stream()
                .map(row -> {
                    var cells = row.findElements(By.tagName("td"));
                    return List.of(
                            cells.get(0).getText(),
                            new Select(cells.get(1).findElement(By.tagName("select")))
                                    .getFirstSelectedOption()
                                    .getAttribute("textContent")
                                    .strip(),
                            new Select(cells.get(2).findElement(By.tagName("select")))
                                    .getFirstSelectedOption()
                                    .getAttribute("textContent")
                                    .strip());
                })
                .toList();
    }
}

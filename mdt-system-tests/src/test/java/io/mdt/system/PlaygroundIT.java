package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * An engineer tries a served version from its model page: types a record into the form made
 * from the schema, sees the model's class and probability, then the same record answered from
 * the cache, and a pasted record; a value that is not a number is refused beside what was typed.
 */
@ExtendWith(RunningMdt.class)
class PlaygroundIT {

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    PlaygroundIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEngineerScoresARecordFromTheFormThenFromTheCacheThenPasted() throws Exception {
        var model = ServedModels.classifierVersion(mdt, "playground");
        var classifier = ServedModels.classifier();
        ServedModels.upload(mdt, model, classifier);
        var engineer = mdt.createUser("mdt-engineer");
        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));

        browser.get(mdt.baseUrl() + "/model.xhtml?name=" + model);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='tryIt']")))
                .click();
        wait.until(ExpectedConditions.titleContains("Try " + model));

        field("x1").sendKeys("1.25");
        field("x2").sendKeys("-0.5");
        field("region").sendKeys("EU");
        browser.findElement(By.id("playground:predict")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source"), "scored by the model"));

        var expected = classifier.predict(
                new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, ServedModels.FEATURES, new double[] {1.25, -0.5}));
        assertThat(browser.findElement(By.id("prediction")).getText())
                .isEqualTo(expected.getOutput().getLabel());
        assertThat(browser.findElement(By.id("playground:scores")).getText()).contains("p1");
        Chromium.screenshot(browser, "playground");

        browser.findElement(By.id("playground:predict")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source"), "answered from the cache"));

        browser.findElement(By.id("playground:pasted"))
                .sendKeys("{\"features\": {\"x1\": -3, \"x2\": 2, \"region\": \"US\"}}");
        browser.findElement(By.id("playground:predictPasted")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source"), "scored by the model"));
        assertThat(field("x1").getAttribute("value")).isEqualTo("-3");
        assertThat(browser.findElement(By.id("prediction")).getText()).isEqualTo("0");

        field("x1").clear();
        field("x1").sendKeys("high");
        browser.findElement(By.id("playground:predict")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("playground:messages"), "x1 must be a number"));
        assertThat(field("x1").getAttribute("value")).isEqualTo("high");
    }

    private org.openqa.selenium.WebElement field(String feature) {
        return browser.findElement(By.cssSelector("input.mdt-feature-" + feature));
    }
}

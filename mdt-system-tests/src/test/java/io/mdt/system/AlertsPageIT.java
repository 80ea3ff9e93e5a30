package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Alerts page and the open alerts on the start and model pages, in a real headless
 * Chromium, with alerts a column-drift rule raised from a real run; what the pages did is
 * checked through the REST API. The pages redraw their
 * tables and counts every 5 s, so elements are looked up again whenever they went stale.
 */
@ExtendWith(RunningMdt.class)
class AlertsPageIT {

    private static final By COMMENT = By.id("actionForm:comment");
    private static final By APPLY = By.id("actionForm:apply");

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;
    private String by;

    AlertsPageIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        by = mdt.createUser("mdt-engineer");
        Chromium.signIn(browser, mdt.baseUrl(), by, Mdt.password(by));
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
    void acknowledgesAnAlertWithACommentThroughTheDialogAndShowsItsHistory() throws Exception {
        var model = AlertModel.create(mdt, "alerts-page", Set.of(2, 5));
        model.rule("{\"name\": \"column drift\", \"model\": \"MODEL\", \"kind\": \"column_drift\"}");
        model.evaluate(0);
        var alert = firing(model, "f5");
        var comment = "looking into the f5 feed of " + model.name;

        browser.get(mdt.baseUrl() + "/alerts.xhtml?model=" + model.name + "&subject=f5");
        wait.until(ExpectedConditions.titleContains("Alerts"));
        assertThat(rows()).hasSize(1);
        assertThat(text(By.id("alertsForm:alerts"))).contains("warning", "firing", model.name, "f5");
        click(By.id("alertsForm:alerts:0:acknowledge"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(COMMENT));
        click(APPLY);
        wait.until(driver -> text(By.id("actionForm:dialogMessages")).contains("comment must say why"));
        assertThat(browser.findElement(COMMENT).isDisplayed())
                .as("the dialog stays open")
                .isTrue();

        browser.findElement(COMMENT).sendKeys(comment);
        click(APPLY);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(COMMENT));
        assertThat(text(By.id("messages"))).contains("Acknowledged");

        var acknowledged = mdt.api().get("/alerts/" + alert.get("id")).jsonPath();
        assertThat(acknowledged.getString("state")).isEqualTo("acknowledged");
        assertThat(acknowledged.getString("acknowledgedBy")).isEqualTo(by);
        assertThat(acknowledged.getString("acknowledgement")).isEqualTo(comment);
        wait.until(driver -> text(By.id("alertsForm:alerts")).contains(by + ": " + comment));
        Chromium.screenshot(browser, "alerts");

        click(By.id("alertsForm:alerts:0:history"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transitions")));
        assertThat(text(By.id("transitions"))).contains("fired", "acknowledged", by, comment);
    }

    @Test
    void silencesAnAlertByItsRuleModelAndColumnForTheChosenHours() throws Exception {
        var model = AlertModel.create(mdt, "alert-silence", Set.of(2, 5));
        model.rule("{\"name\": \"f2 drift\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f2\"}");
        model.evaluate(0);
        var alert = firing(model, "f2");

        browser.get(mdt.baseUrl() + "/alerts.xhtml?model=" + model.name);
        wait.until(ExpectedConditions.titleContains("Alerts"));
        click(By.id("alertsForm:alerts:0:silence"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(COMMENT));
        browser.findElement(COMMENT).sendKeys("a fix of the f2 feed is being deployed");
        assertThat(text(By.id("actionForm:silenceMatchers")))
                .contains("alertname=\"f2 drift\"", "model=\"" + model.name + "\"", "column=\"f2\"");
        click(By.xpath("//*[@id='actionForm:hours']//*[text()='4 h']"));
        var created = Instant.now();
        click(APPLY);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(COMMENT));
        assertThat(text(By.id("messages"))).contains("Silence");

        var silencedBy = mdt.api().get("/alerts/" + alert.get("id")).jsonPath().getList("silencedBy", Long.class);
        assertThat(silencedBy).hasSize(1);
        var silence = mdt.api().get("/silences/" + silencedBy.get(0)).jsonPath();
        assertThat(silence.getString("createdBy")).isEqualTo(by);
        assertThat(silence.getString("comment")).isEqualTo("a fix of the f2 feed is being deployed");
        assertThat(silence.getList("matchers.name")).containsExactly("alertname", "model", "column");
        assertThat(silence.getList("matchers.value")).containsExactly("f2 drift", model.name, "f2");
        assertThat(Instant.parse(silence.getString("endsAt")))
                .isBetween(
                        created.plus(Duration.ofHours(4)).minusSeconds(60),
                        created.plus(Duration.ofHours(4)).plusSeconds(60));
        wait.until(driver -> text(By.id("alertsForm:alerts")).contains("silence " + silencedBy.get(0)));
    }

    @Test
    void countsOpenAlertsOnTheModelAndStartPagesAndKeepsThemCurrentWhileOpen() throws Exception {
        var model = AlertModel.create(mdt, "alert-counts", Set.of(2, 5));
        model.rule("{\"name\": \"f5 drift\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f5\","
                + " \"severity\": \"critical\"}");
        model.evaluate(0);
        var alert = firing(model, "f5");

        browser.get(mdt.baseUrl() + "/model.xhtml?name=" + model.name);
        wait.until(ExpectedConditions.titleContains(model.name));
        assertThat(text(By.id("openAlerts:criticalCount"))).isEqualTo("1");
        assertThat(text(By.id("openAlerts:warningCount"))).isEqualTo("0");
        assertThat(text(By.id("openAlerts:acknowledgedCount"))).isEqualTo("0");

        mdt.api()
                .body("{\"by\": \"system tests\", \"comment\": \"seen\"}")
                .post("/alerts/" + alert.get("id") + "/acknowledge")
                .then()
                .statusCode(200);
        wait.until(driver -> text(By.id("openAlerts:acknowledgedCount")).equals("1"));
        assertThat(text(By.id("openAlerts:criticalCount"))).isEqualTo("1");

        click(By.id("openAlerts:criticalCount"));
        wait.until(ExpectedConditions.titleContains("Alerts"));
        assertThat(browser.getCurrentUrl()).contains("severity=critical", "model=" + model.name);
        assertThat(rows()).hasSize(1);
        assertThat(text(By.id("alertsForm:alerts"))).contains("critical", "acknowledged", "f5");

        browser.get(mdt.baseUrl() + "/");
        wait.until(ExpectedConditions.titleContains("Overview"));
        wait.until(driver -> text(By.id("openAlerts:criticalCount"))
                .equals(String.valueOf(
                        mdt.api().get("/alerts/counts").jsonPath().getLong("critical"))));
        assertThat(Long.parseLong(text(By.id("openAlerts:criticalCount")))).isPositive();
    }

    @Test
    void saysWhyWhenTheBoundaryRefusesAFilter() {
        browser.get(mdt.baseUrl() + "/alerts.xhtml?model=no-such-model-for-alerts");
        wait.until(ExpectedConditions.titleContains("Alerts"));
        assertThat(text(By.id("messages"))).contains("no-such-model-for-alerts");
        assertThat(rows()).isEmpty();

        browser.get(mdt.baseUrl() + "/alerts.xhtml?severity=urgent");
        assertThat(text(By.id("messages"))).contains("severity must be info, warning or critical");
    }

    /** The model's firing alert about {@code subject}, once the rule raised it. */
    private static Map<String, Object> firing(AlertModel model, String subject) throws InterruptedException {
        return model
                .awaitAlerts(alerts -> alerts.stream()
                        .anyMatch(a -> subject.equals(a.get("subject")) && "firing".equals(a.get("state"))))
                .stream()
                .filter(a -> subject.equals(a.get("subject")))
                .findFirst()
                .orElseThrow();
    }

    /** The alerts table's rows with an alert, not the row saying there are none. */
    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#alertsForm\\:alerts_data tr:not(.ui-datatable-empty-message)"));
    }

    private String text(By element) {
        return wait.until(driver -> driver.findElement(element).getText());
    }

    /** Clicks the element, again if a refresh redrew it between finding and clicking. */
    private void click(By element) {
        wait.until(driver -> {
            driver.findElement(element).click();
            return true;
        });
    }
}

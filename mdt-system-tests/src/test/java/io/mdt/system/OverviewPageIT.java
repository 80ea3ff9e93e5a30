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
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The start page as a member of one team sees it: only the team's models, the one needing
 * attention first with its health in words and its open alerts, counts by health that filter
 * the table, a search, and times relative to now with the exact time in the browser's zone.
 */
@ExtendWith(RunningMdt.class)
class OverviewPageIT {

    private static final String ZONE = "Asia/Kolkata";

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    OverviewPageIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        ((HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ZONE));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeamMemberSeesTheTeamsModelsTheOneNeedingAttentionFirst() throws Exception {
        var team = Mdt.uniqueName("overview");
        var engineer = mdt.createUser("mdt-engineer", team);
        var drifting = AlertModel.create(mdt, "overview-drift", Set.of(0, 1, 2, 3, 4, 5));
        drifting.rule("{\"name\": \"f1\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\"}");
        moveToTeam(drifting.name, team);
        drifting.evaluate(0);
        drifting.evaluate(1);
        drifting.awaitAlerts(alerts -> alerts.size() == 1);
        var quiet = Mdt.uniqueName("overview-quiet");
        mdt.asUser(engineer)
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\", \"owner\": \"pricing\"}".formatted(quiet))
                .post("/models")
                .then()
                .statusCode(201);
        var elsewhere = Mdt.uniqueName("overview-other-team");
        mdt.createModel(elsewhere, "REGRESSION");

        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
        browser.get(mdt.baseUrl() + "/");
        wait.until(ExpectedConditions.titleContains("Overview"));

        var rows = rows();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(drifting.name, quiet);
        assertThat(rows.get(0).get(1)).isIn("Drifting", "Warning");
        assertThat(rows.get(0).get(3)).startsWith("features drifted ").endsWith("%");
        var sparkline = browser.findElement(By.cssSelector("#overview\\:models_data tr:first-child svg.mdt-sparkline"));
        assertThat(sparkline.getAttribute("aria-label")).startsWith("features drifted in the latest 2 windows: from ");
        assertThat(sparkline.findElements(By.tagName("polyline"))).hasSize(1);
        assertThat(rows.get(0).get(4))
                .containsAnyOf("critical", "warning", "info")
                .doesNotContain("none");
        assertThat(rows.get(1)).containsExactly(quiet, "No data", "never", "none yet", "none", team, "pricing");
        assertThat(browser.findElement(By.id("overview:models")).getText()).doesNotContain(elsewhere);
        Chromium.screenshot(browser, "overview");

        var evaluated = browser.findElement(By.cssSelector("#overview\\:models_data tr:first-child time"));
        assertThat(evaluated.getText()).matches("just now|\\d+ min ago");
        assertThat(Instant.parse(evaluated.getAttribute("datetime"))).isBefore(Instant.now());
        assertThat(evaluated.getAttribute("title")).endsWith(" IST");

        assertThat(countOf("NO_DATA")).isEqualTo("1");
        assertThat(countOf("HEALTHY")).isEqualTo("0");
        var noData = stateLink("NO_DATA");
        noData.click();
        wait.until(ExpectedConditions.stalenessOf(noData));
        assertThat(rows()).extracting(r -> r.get(0)).containsExactly(quiet);
        assertThat(browser.findElement(By.id("overview:chosen")).getText()).contains("No data models only");
        browser.findElement(By.id("overview:showAll")).click();
        wait.until(driver -> rows().size() == 2);

        var table = browser.findElement(By.id("overview:models_data"));
        browser.findElement(By.id("overview:search")).sendKeys("QUIET");
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(driver -> rows().size() == 1);
        assertThat(rows()).extracting(r -> r.get(0)).containsExactly(quiet);
    }

    @Test
    void aLargeTeamIsPagedAndSearchedInTheDatabase() {
        var team = Mdt.uniqueName("overview-large");
        var engineer = mdt.createUser("mdt-engineer", team);
        var prefix = Mdt.uniqueName("fleet");
        for (int i = 0; i < 27; i++) {
            mdt.asUser(engineer)
                    .body("{\"name\": \"%s-%02d\", \"taskType\": \"REGRESSION\"}".formatted(prefix, i))
                    .post("/models")
                    .then()
                    .statusCode(201);
        }

        Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
        browser.get(mdt.baseUrl() + "/");
        wait.until(ExpectedConditions.titleContains("Overview"));

        assertThat(browser.findElement(By.cssSelector("#overview\\:modelCount .mdt-figure"))
                        .getText())
                .isEqualTo("27");
        assertThat(countOf("NO_DATA")).isEqualTo("27");
        assertThat(rows()).hasSize(25);
        assertThat(rows().get(0).get(0)).isEqualTo(prefix + "-00");

        var firstRow = browser.findElement(By.cssSelector("#overview\\:models_data tr"));
        browser.findElement(By.cssSelector("#overview\\:models .ui-paginator-next"))
                .click();
        wait.until(ExpectedConditions.stalenessOf(firstRow));
        wait.until(driver -> rows().size() == 2);
        assertThat(rows()).extracting(r -> r.get(0)).containsExactly(prefix + "-25", prefix + "-26");

        var table = browser.findElement(By.id("overview:models_data"));
        browser.findElement(By.id("overview:search")).sendKeys(prefix + "-1");
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(driver -> rows().size() == 10);
        assertThat(rows().get(0).get(0)).isEqualTo(prefix + "-10");
    }

    private void moveToTeam(String model, String team) {
        long id = mdt.api()
                .get("/models/" + model + "/status")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("modelId");
        mdt.api()
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\", \"team\": \"%s\"}".formatted(model, team))
                .put("/models/" + id)
                .then()
                .statusCode(200);
    }

    /** The table's rows as the texts of their cells. */
    private List<List<String>> rows() {
        return browser.findElements(By.cssSelector("#overview\\:models_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .filter(cells -> cells.size() > 1)
                .toList();
    }

    private WebElement stateLink(String state) {
        return browser.findElement(By.cssSelector(".mdt-status-count-" + state));
    }

    private String countOf(String state) {
        return stateLink(state).findElement(By.className("mdt-figure")).getText();
    }
}

package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's main pages, with data on them, checked by axe-core against WCAG 2.1 A and
 * AA, at desktop (1280 px) and tablet (768 px) width.
 */
@ExtendWith(RunningMdt.class)
class AccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    AccessibilityIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMainPagesHaveNoViolationOfWcag21AaAtDesktopAndTabletWidth() throws Exception {
        var model = AlertModel.create(mdt, "accessible", Set.of(1, 2));
        model.rule("{\"name\": \"f1\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\"}");
        model.evaluate(0);
        model.awaitAlerts(alerts -> alerts.size() == 1);
        long run =
                mdt.api().get("/monitors/" + model.monitor + "/runs").jsonPath().getLong("items[0].id");
        var served = ServedModels.classifierVersion(mdt, "accessible-served");
        ServedModels.upload(mdt, served, ServedModels.classifier());

        var violations = new ArrayList<String>();
        browser.get(mdt.baseUrl() + "/login.xhtml");
        violations.addAll(check("sign-in"));
        Chromium.signIn(browser, mdt.baseUrl(), Mdt.ADMIN, mdt.adminPassword());
        var pages = List.of(
                "/index.xhtml",
                "/models.xhtml",
                "/model.xhtml?name=" + model.name,
                "/monitor.xhtml?id=" + model.monitor + "&run=" + run,
                "/column.xhtml?run=" + run + "&column=f1",
                "/compare.xhtml?model=" + model.name,
                "/playground.xhtml?model=" + served + "&version=v1",
                "/error.xhtml?incident=0badc0de",
                "/alerts.xhtml",
                "/channels.xhtml",
                "/audit.xhtml");
        for (var width : List.of(1280, 768)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (var page : pages) {
                browser.get(mdt.baseUrl() + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.tagName("main")));
                violations.addAll(check(page + " at " + width + " px"));
            }
        }

        assertThat(violations).as("axe-core violations of WCAG 2.1 AA").isEmpty();
    }

    /** Each violation on the page as "page: rule (impact): selector - summary". */
    private List<String> check(String page) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        var found = new ArrayList<String>();
        for (var rule : results.getViolations()) {
            for (var node : rule.getNodes()) {
                found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " - "
                        + node.getFailureSummary());
            }
        }
        return found;
    }
}

package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard works with the keyboard alone: Tab reaches the links and buttons in reading
 * order, Enter follows a link or presses a button, Escape closes a dialog.
 */
@ExtendWith(RunningMdt.class)
class KeyboardIT {

    /** More Tab presses than any of these pages has stops before the one sought. */
    private static final int MOST_TABS = 80;

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    KeyboardIT(Mdt mdt) {
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
    void anEngineerSignsInFindsAModelAndOpensAFormWithTheKeyboardAlone() {
        var model = Mdt.uniqueName("keys");
        mdt.createModel(model, "REGRESSION");
        var engineer = mdt.createUser("mdt-engineer");

        browser.get(mdt.baseUrl() + "/login.xhtml?next=%2Fmodel.xhtml%3Fname%3D" + model);
        tabTo(By.id("name")).sendKeys(engineer);
        keys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        focused().sendKeys(Mdt.password(engineer), Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Model " + model));

        tabTo(By.id("rulesForm:addRule"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ruleSetupForm:name")));
        wait.until(driver -> "ruleSetupForm:name".equals(focused().getAttribute("id")));
        keys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ruleDialog")));

        tabTo(By.id("brand"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
    }

    /** Presses Tab until the element has the focus, and fails if it never gets it. */
    private WebElement tabTo(By target) {
        var wanted = browser.findElement(target);
        var visited = new ArrayList<String>();
        for (int i = 0; i < MOST_TABS; i++) {
            if (focused().equals(wanted)) {
                return wanted;
            }
            visited.add(describe(focused()));
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target + "; it went through " + visited);
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void keys(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static String describe(WebElement element) {
        var id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }
}

package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on to the dashboard with the stack's Keycloak, in a real headless Chromium:
 * from a page, through MDT's sign-in page and Keycloak's login form, back to the page as that
 * user with that user's role; signing out ends Keycloak's session too; a forged answer is
 * refused.
 */
@ExtendWith(RunningMdt.class)
class SingleSignOnIT {

    private static final String PASSWORD = "a long enough password";

    private final Mdt mdt;
    private final Keycloak keycloak;
    private WebDriver browser;
    private WebDriverWait wait;

    SingleSignOnIT(Mdt mdt, Keycloak keycloak) {
        this.mdt = mdt;
        this.keycloak = keycloak;
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
    void aViewerSignsInWithKeycloakAndLandsOnThePageAskedForWithTheViewersRole() {
        var viewer = user("mdt-viewer");

        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(browser.findElement(By.id("singleSignOn")).getText()).isEqualTo("Sign in with Keycloak");
        browser.findElement(By.id("singleSignOn")).click();
        logInAtKeycloak(viewer);

        wait.until(ExpectedConditions.urlToBe(mdt.baseUrl() + "/models.xhtml"));
        assertThat(browser.findElement(By.id("caller")).getText()).isEqualTo(viewer);
        assertThat(browser.findElements(By.cssSelector("[id$='menuChannels']"))).isEmpty();
        browser.get(mdt.baseUrl() + "/channels.xhtml");
        assertThat(browser.getTitle()).startsWith("Not for your role");
        assertThat(browser.getPageSource()).doesNotContain("channelsForm");
        mdt.api()
                .queryParam("actor", viewer)
                .queryParam("action", "login.succeeded")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.via", contains("oidc"));
    }

    @Test
    void anAdministratorOfTheProviderGetsTheAdministratorsPages() {
        var admin = user("mdt-admin");

        browser.get(mdt.baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("singleSignOn")).click();
        logInAtKeycloak(admin);

        wait.until(ExpectedConditions.urlToBe(mdt.baseUrl() + "/index.xhtml"));
        assertThat(browser.findElement(By.id("caller")).getText()).isEqualTo(admin);
        assertThat(browser.findElements(By.cssSelector("[id$='menuChannels']"))).hasSize(1);
    }

    @Test
    void signingOutEndsTheKeycloakSessionSoThatSigningInAgainAsksForThePassword() {
        var viewer = user("mdt-viewer");
        signInWithKeycloak(viewer);

        browser.findElement(By.cssSelector("[id$='signOut']")).click();

        wait.until(ExpectedConditions.urlToBe(mdt.baseUrl() + "/login.xhtml"));
        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("singleSignOn")).click();
        wait.until(ExpectedConditions.urlContains(keycloak.url()));
        assertThat(browser.findElement(By.id("password")).isDisplayed()).isTrue();
    }

    @Test
    void withoutSigningOutKeycloakSignsTheUserInAgainWithoutAskingWhenMdtsSessionIsGone() {
        var viewer = user("mdt-viewer");
        signInWithKeycloak(viewer);

        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("singleSignOn")).click();

        wait.until(ExpectedConditions.urlToBe(mdt.baseUrl() + "/models.xhtml"));
        assertThat(browser.findElement(By.id("caller")).getText()).isEqualTo(viewer);
    }

    @Test
    void anAnswerOfNoSignInOrWithAnotherStateSignsNobodyIn() {
        browser.get(mdt.baseUrl() + "/oidc/callback?state=forged&code=forged");
        wait.until(ExpectedConditions.urlContains("/login.xhtml?failed=sso"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Single sign-on failed");

        browser.get(mdt.baseUrl() + "/login.xhtml?next=%2Fmodels.xhtml");
        var start = browser.findElement(By.id("singleSignOn")).getAttribute("href");
        browser.get(start);
        wait.until(ExpectedConditions.urlContains(keycloak.url()));
        browser.get(mdt.baseUrl() + "/oidc/callback?state=another&code=forged");
        wait.until(ExpectedConditions.urlContains("/login.xhtml?failed=sso"));
        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml?next="));
    }

    @Test
    void aDeniedConsentComesBackToTheSignInPage() {
        browser.get(mdt.baseUrl() + "/login.xhtml");
        browser.get(browser.findElement(By.id("singleSignOn")).getAttribute("href"));
        wait.until(ExpectedConditions.urlContains(keycloak.url()));
        var state = browser.getCurrentUrl().replaceAll(".*[?&]state=([^&]*).*", "$1");

        browser.get(mdt.baseUrl() + "/oidc/callback?error=access_denied&state=" + state);

        wait.until(ExpectedConditions.urlContains("/login.xhtml?failed=sso"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Single sign-on failed");
    }

    private String user(String role) {
        var name = Mdt.uniqueName("sso");
        keycloak.createUser(name, PASSWORD, List.of(role), Optional.of("fraud-detection"));
        return name;
    }

    private void signInWithKeycloak(String user) {
        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("singleSignOn")).click();
        logInAtKeycloak(user);
        wait.until(ExpectedConditions.urlToBe(mdt.baseUrl() + "/models.xhtml"));
    }

    private void logInAtKeycloak(String user) {
        wait.until(ExpectedConditions.urlContains(keycloak.url()));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }
}

package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium driven by the Debian chromium-driver, one per test. */
final class Chromium {

    private Chromium() {}

    static WebDriver start() throws IOException {
        var driver = new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
        assertThat(driver.canExecute())
                .as("chromedriver (Debian package chromium-driver) at " + driver)
                .isTrue();
        var service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        var options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.path", "/usr/lib/chromium/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory("mdt-chromium"));
        return new ChromeDriver(service, options);
    }

    /**
     * Saves what the browser shows as {@code docs/images/NAME.png} of the project, for the user
     * guide: each run of the tests takes the pictures again.
     */
    static void screenshot(WebDriver browser, String name) throws IOException {
        var images = Path.of(System.getProperty("mdt.docs.images", "../docs/images"));
        Files.createDirectories(images);
        Files.write(images.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Signs the browser in with the sign-in form, and waits until the page it lands on has loaded. */
    static void signIn(WebDriver browser, String baseUrl, String name, String password) {
        browser.get(baseUrl + "/login.xhtml");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/login.xhtml")
                        && "complete"
                                .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}

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

/** Channels and routes set up in the dashboard, in a real headless Chromium, as the API then reads them. */
@ExtendWith(RunningMdt.class)
class ChannelsPageIT {

    private final Mdt mdt;
    private WebDriver browser;

    ChannelsPageIT(Mdt mdt) {
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
    void addsAWebhookChannelAndARouteToIt() {
        var name = Mdt.uniqueName("page-hook");
        var model = Mdt.uniqueName("routed");
        browser.get(mdt.baseUrl() + "/channels.xhtml");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.titleContains("Channels"));

        browser.findElement(By.id("channelsForm:channelName")).sendKeys(name);
        browser.findElement(By.id("channelsForm:channelUrl")).sendKeys("http://127.0.0.1:9/hook");
        browser.findElement(By.id("channelsForm:channelSecret")).sendKeys("page-secret");
        browser.findElement(By.id("channelsForm:addChannel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("channelsForm:channels"), name));

        var channel = mdt.api().get("/channels").jsonPath();
        assertThat(channel.getString("find { it.name == '" + name + "' }.kind")).isEqualTo("WEBHOOK");
        assertThat(channel.getBoolean("find { it.name == '" + name + "' }.secretSet"))
                .isTrue();

        browser.findElement(By.id("channelsForm:routeMatchers")).sendKeys("model=\"" + model + "\"");
        browser.findElement(By.id("channelsForm:routeWait")).sendKeys("PT0S");
        selectChannel(name);
        browser.findElement(By.id("channelsForm:addRoute")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("channelsForm:routes"), model));

        var routes = mdt.api().get("/routes").jsonPath();
        var route = "find { it.channel == '" + name + "' }";
        assertThat(routes.getString(route + ".matchers[0].value")).isEqualTo(model);
        assertThat(routes.getString(route + ".groupWait")).isEqualTo("PT0S");
        assertThat(routes.getString(route + ".groupInterval"))
                .as("Alertmanager's default")
                .isEqualTo("PT5M");
    }

    @Test
    void saysWhyARouteCannotBeRead() {
        mdt.api()
                .body("{\"name\": \"%s\", \"kind\": \"WEBHOOK\", \"url\": \"http://127.0.0.1:9/hook\"}"
                        .formatted(Mdt.uniqueName("route-target")))
                .post("/channels")
                .then()
                .statusCode(201);
        browser.get(mdt.baseUrl() + "/channels.xhtml");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.titleContains("Channels"));
        browser.findElement(By.id("channelsForm:routeMatchers")).sendKeys("model=fraud");
        browser.findElement(By.id("channelsForm:addRoute")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot read the matchers"));
    }

    /** Picks the channel in the route form's PrimeFaces menu. */
    private void selectChannel(String name) {
        browser.findElement(By.id("channelsForm:routeChannel")).click();
        var item = By.cssSelector("#channelsForm\\:routeChannel_items li[data-label='" + name + "']");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(item))
                .click();
    }
}

package io.mdt.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A running MDT as tests see it: its base URL and its broker. */
public record Mdt(String baseUrl, String brokerUrl) {

    public RequestSpecification api() {
        return given().baseUri(baseUrl).basePath("/api/v1").contentType(ContentType.JSON);
    }

    public RequestSpecification root() {
        return given().baseUri(baseUrl);
    }

    /** A model name no other test uses, so tests never depend on each other's data. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a model over REST and returns its id. */
    public long createModel(String name, String taskType) {
        return api().body("""
                        {"name": "%s", "taskType": "%s", "owner": "system tests"}
                        """.formatted(name, taskType))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}

package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMdt.class)
class ModelsApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final Mdt mdt;

    ModelsApiIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @Test
    void createsReadsUpdatesAndDeletesAModel() {
        var name = Mdt.uniqueName("churn");
        var location = mdt.api()
                .body("""
                        {"name": "%s", "taskType": "BINARY_CLASSIFICATION", "description": "monthly churn", "owner": "risk"}
                        """.formatted(name))
                .post("/models")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/models/"))
                .body("name", equalTo(name))
                .body("taskType", equalTo("BINARY_CLASSIFICATION"))
                .body("created", notNullValue())
                .extract()
                .header("Location");
        var id = location.substring(location.lastIndexOf('/') + 1);

        mdt.api().get("/models/" + id).then().statusCode(200).body("owner", equalTo("risk"));

        mdt.api()
                .body("""
                        {"name": "%s-v2", "taskType": "REGRESSION", "owner": "pricing"}
                        """.formatted(name))
                .put("/models/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + "-v2"))
                .body("taskType", equalTo("REGRESSION"))
                .body("description", equalTo(null));

        mdt.api().delete("/models/" + id).then().statusCode(204);
        mdt.api().get("/models/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void listReflectsEveryChangeAtOnce() {
        var name = Mdt.uniqueName("list");
        mdt.api().get("/models?size=200").then().statusCode(200);

        long id = mdt.createModel(name, "REGRESSION");
        mdt.api().get("/models?size=200&sort=created&direction=desc").then().body("items.name", hasItem(name));

        mdt.api().delete("/models/" + id).then().statusCode(204);
        mdt.api().get("/models?size=200&sort=created&direction=desc").then().body("items.name", not(hasItem(name)));
    }

    @Test
    void pagesAndSortsTheList() {
        var prefix = Mdt.uniqueName("page");
        for (var suffix : new String[] {"c", "a", "b"}) {
            mdt.createModel(prefix + "-" + suffix, "REGRESSION");
        }

        var page = mdt.api()
                .get("/models?page=0&size=2&sort=name&direction=asc")
                .then()
                .statusCode(200)
                .body("size", equalTo(2))
                .body("page", equalTo(0))
                .extract()
                .jsonPath();

        assertThat(page.getList("items")).hasSize(2);
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(3);
        var names = mdt
                .api()
                .get("/models?size=200&sort=name&direction=desc")
                .jsonPath()
                .getList("items.name", String.class)
                .stream()
                .filter(n -> n.startsWith(prefix))
                .toList();
        assertThat(names).containsExactly(prefix + "-c", prefix + "-b", prefix + "-a");
    }

    @Test
    void rejectsInvalidModelsListingEachViolation() {
        mdt.api()
                .body("""
                        {"name": " ", "taskType": "CLUSTERING"}
                        """)
                .post("/models")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:validation"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("taskType"));
    }

    @Test
    void rejectsMalformedJson() {
        mdt.api()
                .body("{\"name\": ")
                .post("/models")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:malformed-request"));
    }

    @Test
    void rejectsADuplicateNameWithConflict() {
        var name = Mdt.uniqueName("dup");
        mdt.createModel(name, "MULTICLASS_CLASSIFICATION");

        mdt.api()
                .body("""
                        {"name": "%s", "taskType": "REGRESSION"}
                        """.formatted(name))
                .post("/models")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:duplicate-name"));
    }

    @Test
    void reportsUnknownIdsAndBadParametersAsProblems() {
        mdt.api()
                .get("/models/987654321")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:not-found"));
        mdt.api()
                .get("/models?size=lots")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("size"));
        mdt.api().get("/models?sort=colour").then().statusCode(400).body("violations[0].field", equalTo("sort"));
        mdt.api().patch("/models/1").then().statusCode(405).contentType(PROBLEM_JSON);
    }
}

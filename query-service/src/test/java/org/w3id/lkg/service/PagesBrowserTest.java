package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs; nothing is
 * downloaded): what a person sees on the home, item, article, editor and impact pages, and the citation graph
 * drawn and clicked. Screenshots go to {@code target/screenshots/}. Without Chromium these tests fail, naming what
 * to install: they are never skipped.
 */
class PagesBrowserTest extends EmbeddedServiceTest {
    private static Chromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void chromium() throws Exception {
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) chromium.close();
    }

    String url(String path) { return "http://localhost:" + port + path; }

    void shot(String name) { chromium.shot(name); }

    WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(30)); }

    String text() { return driver.findElement(By.tagName("body")).getText(); }

    @Test
    void theHomePageLoads() throws Exception {
        driver.get(url("/"));
        assertTrue(driver.getTitle().contains("权责清单知识图谱"), driver.getTitle());
        String counts = driver.findElement(By.cssSelector("ul.counts")).getText();
        assertTrue(counts.contains("54") && counts.contains("事项"), counts);
        assertTrue(driver.findElements(By.cssSelector(".gallery .card")).size() >= 10, "the canned queries as a gallery");
        shot("home");
    }

    @Test
    void theItemPageShowsItsBasisAndTheFineBound() throws Exception {
        driver.get(url("/id/list/000_9601f697a03374a4/item/1-2"));
        assertEquals("对律师违法执业的处罚", driver.findElement(By.tagName("h1")).getText());
        WebElement basis = driver.findElement(By.cssSelector("ol.citations"));
        assertTrue(basis.getText().contains("律师法第四十九条"), basis.getText());
        List<String> sanctions = driver.findElements(By.cssSelector("ul.sanctions strong.sanction")).stream().map(WebElement::getText).toList();
        assertTrue(sanctions.contains("一万元以下罚款"), sanctions.toString());
        assertTrue(sanctions.contains("停止执业三个月以上六个月以下（情节严重的）"), sanctions.toString());
        assertTrue(text().contains("公律科") && text().contains("第 7 行"), "unit and source line");
        assertEquals(4, driver.findElements(By.cssSelector("footer a.rdf-link")).size(), "Turtle, JSON-LD, RDF/XML, N-Triples");
        assertTrue(driver.findElement(By.cssSelector("footer a.sparql-link")).getAttribute("href").contains("/sparql?edit="));
        shot("item-1-2");
    }

    @Test
    void theArticlePageListsBothItemsOneThroughTheRule() throws Exception {
        driver.get(url("/id/doc/lawyers-law/art/49"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("律师法第四十九条"));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.items tbody tr"));
        WebElement direct = rows.stream().filter(r -> r.getText().contains("对律师违法执业的处罚")).findFirst().orElseThrow();
        assertTrue(direct.getText().contains("直接"), direct.getText());
        WebElement via = rows.stream().filter(r -> r.getText().contains("对律师事务所违法执业的处罚")).findFirst().orElseThrow();
        assertTrue(via.getText().contains("律师事务所管理办法第五十一条"), via.getText());
        shot("article-49");
    }

    @Test
    void theGraphDrawsNodesAndAClickOpensThePage() throws Exception {
        driver.get(url("/id/doc/lawyers-law/art/49"));
        WebElement box = driver.findElement(By.id("graph"));
        waiting().until(d -> box.getAttribute("data-nodes") != null);
        int nodes = Integer.parseInt(box.getAttribute("data-nodes"));
        assertTrue(nodes >= 5, nodes + " nodes");
        new Actions(driver).scrollToElement(box).perform();
        shot("graph-article-49");
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "var n = window.lkgGraph.nodes('[kind = \"item\"]')[0]; var p = n.renderedPosition();"
                        + "return [p.x, p.y, n.data('href'), n.data('label')];");
        int x = (int) Math.round(((Number) target.get(0)).doubleValue()), y = (int) Math.round(((Number) target.get(1)).doubleValue());
        String href = (String) target.get(2);
        new Actions(driver).moveToElement(box, x - box.getSize().getWidth() / 2, y - box.getSize().getHeight() / 2).click().perform();
        waiting().until(d -> d.getCurrentUrl().endsWith(href));
        assertEquals(target.get(3), driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aQueryRunInTheEditorShowsRows() throws Exception {
        String query = "PREFIX lkg: <https://w3id.org/lkg/ontology#>\nSELECT ?name WHERE { ?i a lkg:PowerItem ; lkg:itemName ?name } ORDER BY ?name LIMIT 5";
        driver.get(url("/sparql?edit=" + Http.enc(query)));
        waiting().until(d -> !d.findElements(By.cssSelector(".yasqe_queryButton")).isEmpty());
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 5);
        String table = driver.findElement(By.cssSelector(".yasr table tbody")).getText();
        assertTrue(table.contains("处罚") || table.contains("对"), table);
        shot("editor");
    }

    @Test
    void theImpactPageForTheLawyersLawListsItsItems() throws Exception {
        driver.get(url("/impact?ref=" + Http.enc("律师法")));
        String table = driver.findElement(By.cssSelector("table.impact")).getText();
        for (String item : List.of("对律师违法执业的处罚", "对律师事务所违法执业的处罚"))
            assertTrue(table.contains(item), item + " in the impact of 律师法");
        assertTrue(driver.findElement(By.id("csv")).getAttribute("href").contains("/impact.csv?ref="));
        WebElement box = driver.findElement(By.id("graph"));
        waiting().until(d -> box.getAttribute("data-nodes") != null);
        shot("impact-lawyers-law");
        new Actions(driver).scrollToElement(box).perform();
        shot("impact-lawyers-law-graph");
    }

}

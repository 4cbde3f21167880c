package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.lkg.service.system.LkgStore;

/**
 * The diff page in a real headless Chromium, over a store holding the seed and its hand-made second edition: the
 * list's page links it; it says in Chinese what was added, removed, renamed and changed, field by field; its links
 * open the item in each edition (the current one's page; the old one's triples in edition 1's graph).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lkg.fuseki-port=-1")
class EditionDiffPageTest {
    static final String KEY = PreloadedStore.SEED_KEY;
    private static final PreloadedStore FIXTURE = PreloadedStore.of("lkg-edition-diff-page-test",
            List.of(PreloadedStore.SEED, PreloadedStore.SECOND_EDITION), List.of());
    private static Chromium chromium;
    private static WebDriver driver;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) { FIXTURE.register(registry); }

    @LocalServerPort int port;
    @Autowired LkgStore store;

    @BeforeAll
    static void chromium() throws Exception {
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) chromium.close();
    }

    @BeforeEach
    void ready() throws InterruptedException {
        StoreReady.await(store, Duration.ofSeconds(60));
    }

    @Test
    void theListPageLinksTheDiffWhichSaysWhatChangedAndLinksBothEditionsItems() throws Exception {
        driver.get("http://localhost:" + port + "/id/list/" + KEY);
        WebElement link = driver.findElement(By.cssSelector("a.edition-diff"));
        assertEquals("第1版 → 第2版有何变化", link.getText());
        link.click();

        assertEquals("版本比较 Editions compared：" + KEY + " 第1版 → 第2版", driver.findElement(By.tagName("h1")).getText());
        assertEquals("新增 1 项 · 删除 1 项 · 更名 1 项 · 变更 3 项", driver.findElement(By.cssSelector("p.counts")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("table.diff tbody tr"));
        assertEquals(6, rows.size());
        assertEquals("新增 Added 4-34 组织社区矫正工作年度统计", rows.get(0).getText().strip());
        assertEquals("删除 Removed 4-32 档案查阅审批", rows.get(1).getText().strip());
        assertEquals("更名 Renamed 4-2 公证员免职 4-2 公证员免职审核 名称改为：公证员免职 → 公证员免职审核", oneLine(rows.get(2)));
        assertEquals("变更 Changed 1-5 对受理人以欺骗或者其他不正当手段获得法律援助的处罚 1-5 对受理人以欺骗或者其他不正当手段获得法律援助的处罚 "
                + "处罚改为：中华人民共和国法律援助法第六十条：罚款 ≤3000 元 → 中华人民共和国法律援助法第六十条：罚款 ≤5000 元", oneLine(rows.get(3)));
        assertEquals("变更 Changed 3-6 给予社区矫正对象表扬 3-6 给予社区矫正对象表扬 承办机构改为：矫正科 → 公律科", oneLine(rows.get(4)));
        assertEquals("变更 Changed 4-30 组织解矫宣告 4-30 组织解矫宣告 依据改引：中华人民共和国社区矫正法实施办法第五十四条（实施依据） → "
                + "中华人民共和国社区矫正法实施办法第五十五条（实施依据）", oneLine(rows.get(5)));
        byte[] png = chromium.shot("edition-diff");
        assertEquals(1280, ImageIO.read(new ByteArrayInputStream(png)).getWidth());

        // the removed item, as it was: its triples in edition 1's graph, through the editor's query
        String old = rows.get(1).findElement(By.cssSelector("a.old-item")).getAttribute("href");
        String query = URLDecoder.decode(URI.create(old).getRawQuery().replaceFirst("^edit=", ""), StandardCharsets.UTF_8);
        HttpResponse<String> triples = new Http("http://localhost:" + port).get("/sparql?query=" + Http.enc(query), "Accept", "text/csv");
        assertEquals(200, triples.statusCode(), triples.body());
        assertTrue(triples.body().contains("档案查阅审批"), triples.body());

        // the renamed item in the current edition: its page
        rows.get(2).findElements(By.tagName("a")).stream().filter(a -> a.getText().equals("4-2 公证员免职审核")).findFirst().orElseThrow().click();
        assertEquals("公证员免职审核", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anEditionTheListDoesNotHaveIsA404Page() {
        driver.get("http://localhost:" + port + "/lists/" + KEY + "/diff?from=1&to=3");
        assertTrue(driver.getTitle().startsWith("404"), driver.getTitle());
        assertTrue(driver.findElement(By.cssSelector("p.error-message")).getText().contains("(it has 1, 2)"));
    }

    private static String oneLine(WebElement row) { return row.getText().replaceAll("\\s+", " ").strip(); }
}

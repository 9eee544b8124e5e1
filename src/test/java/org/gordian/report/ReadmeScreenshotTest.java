package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/**
 * The README's picture of the HTML report, {@code docs/images/report.png}: the first screen of the
 * Hanoi report at 1280 pixels wide in the system's headless Chromium. The test takes the picture
 * again into {@code target/screenshots/}; with {@code -Dscreenshot.update=true} it rewrites the
 * README's, to be reviewed and committed like a golden file.
 */
@Tag("slow")
class ReadmeScreenshotTest {
  static final Path IMAGE = Path.of("docs", "images", "report.png");
  static final int WIDTH = 1280;
  static final int HEIGHT = 1100;

  @Test
  void theReadmeShowsTheFirstScreenOfTheHanoiReport() throws IOException {
    String skipped = Browser.missing();
    assumeTrue(skipped == null, skipped);
    byte[] png;
    try (Browser browser = Browser.start(WIDTH, HEIGHT)) {
      BrowserLayoutTest.size(browser, WIDTH, HEIGHT);
      browser.driver.get(BrowserLayoutTest.page("hanoi-2019").toUri().toString());
      assertThat(browser.errors()).as("console errors").isEmpty();
      png = browser.driver.getScreenshotAs(OutputType.BYTES);
    }
    BufferedImage taken = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(taken.getWidth()).isEqualTo(WIDTH);
    Files.createDirectories(BrowserLayoutTest.SCREENSHOTS);
    Files.write(BrowserLayoutTest.SCREENSHOTS.resolve("readme-report.png"), png);
    if (Boolean.getBoolean("screenshot.update")) {
      Files.createDirectories(IMAGE.getParent());
      Files.write(IMAGE, png);
    }
    assertThat(IMAGE).as("the README's picture; take it with -Dscreenshot.update=true").exists();
    BufferedImage committed = ImageIO.read(IMAGE.toFile());
    assertThat(committed.getWidth()).as("width of " + IMAGE).isEqualTo(WIDTH);
    assertThat(committed.getHeight()).as("height of " + IMAGE).isEqualTo(taken.getHeight());
    assertThat(Files.size(IMAGE)).as("bytes of " + IMAGE).isLessThan(300_000);
  }
}

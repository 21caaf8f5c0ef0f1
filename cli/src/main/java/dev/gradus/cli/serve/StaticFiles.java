package dev.gradus.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The page and its scripts, from the jar: {@code /} and its files from this package's
 * {@code page/} resources, and {@code /mathjax/tex-svg.js} from the MathJax WebJar (shipped
 * through Maven, so nothing is downloaded when the page is used; the SVG build carries its fonts
 * as paths, one file with nothing more to fetch).
 */
final class StaticFiles implements Exchanges.Endpoint {
    private static final String PAGE = "/dev/gradus/cli/serve/page";
    private static final String MATHJAX = "/mathjax/tex-svg.js";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png");

    private final String mathJaxResource;

    StaticFiles() {
        Properties webJar = new Properties();
        try (InputStream in = StaticFiles.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/mathjax/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the MathJax WebJar is not on the class path");
            }
            webJar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mathJaxResource = "/META-INF/resources/webjars/mathjax/" + webJar.getProperty("version") + "/es5/tex-svg.js";
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String path = exchange.path();
        String resource;
        if (path.equals(MATHJAX)) {
            resource = mathJaxResource;
        } else if (path.equals("/")) {
            resource = PAGE + "/index.html";
        } else if (path.matches("/[a-z-]+\\.(js|css|png)")) {
            resource = PAGE + path;
        } else {
            throw new HttpError(404, "no such page: " + path);
        }
        byte[] bytes;
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new HttpError(404, "no such page: " + path);
            }
            bytes = in.readAllBytes();
        }
        exchange.responseHeader("Cache-Control", "no-cache");
        exchange.send(200, TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)), bytes);
    }
}

package dev.gradus.cli.serve;

import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Other sites' pages kept out. A page anywhere can make its visitor's browser send requests to a
 * {@code gradus serve} on their machine or network, and a simple POST (text/plain) needs no
 * permission to be sent; but the browser says whose page sent it in the Origin header. So a
 * request with an Origin that is neither this server's own (the Host the client asked for) nor
 * one of {@code --allow-origin} is refused with 403, before anything is read or computed. Every
 * answer also carries the headers that keep the page from being framed, its answers from being
 * read as another type, and its address from being sent on.
 */
final class CrossSite extends Handler.Wrapper {
    /**
     * Everything the page loads comes from this server. Styles may also be inline because MathJax
     * inserts its stylesheets at run time (Chromium refuses them otherwise); the page itself has
     * no inline script or style. No site may frame the page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private final List<String> allowedOrigins;

    CrossSite(List<String> allowedOrigins, Handler handler) {
        super(handler);
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        secure(response.getHeaders());
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !allowed(request, origin)) {
            Exchanges.refuse(response, callback, new HttpError(403, "requests from " + origin + "'s pages are refused"
                    + " (gradus serve --allow-origin " + origin + " accepts them)"));
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** The headers every answer has, errors included. */
    static void secure(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
    }

    private boolean allowed(Request request, String origin) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        String own = host == null ? null : request.getHttpURI().getScheme() + "://" + host;
        return origin.equalsIgnoreCase(own) || allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }
}

package dev.gradus.cli.serve;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself, to requests that never reach an endpoint (a malformed request
 * line or header, headers or a URL over the limit: 400, 431, 414): JSON as every other error, with
 * the same security headers, instead of Jetty's HTML page.
 */
final class ProtocolErrors implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : 500;
        // Jetty's messages for a request it could not read name what was wrong; for anything else say nothing more.
        Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        String said = status < 500 && message != null ? message.toString() : HttpStatus.getMessage(status);
        CrossSite.secure(response.getHeaders());
        Exchanges.refuse(response, callback, new HttpError(status, said));
        return true;
    }
}

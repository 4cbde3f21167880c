package org.w3id.lkg.service.system;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses a request whose URL holds raw, unencoded non-ASCII characters ({@code ?article=律师法第四十九条} typed
 * into plain curl) before any servlet sees it, with a bare HTML 400. This replaces that page with a sentence that says
 * what to do: percent-encode the value ({@code curl -G --data-urlencode 'article=律师法第四十九条' …}); browsers and HTTP
 * libraries do it already. Other errors keep Tomcat's page, without server details.
 */
@Component
class RequestTargetErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new HelpfulErrorValve()));
    }

    /** Tomcat's error page, with a plain-text explanation for an unencoded request target. */
    static final class HelpfulErrorValve extends ErrorReportValve {
        HelpfulErrorValve() {
            setShowServerInfo(false);
            setShowReport(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable t) {
            if (response.getStatus() != 400 || t == null || String.valueOf(t.getMessage()).indexOf("request target") < 0) {
                super.report(request, response, t);
                return;
            }
            try {
                response.setContentType("text/plain");
                response.setCharacterEncoding("UTF-8");
                Writer w = response.getReporter();
                if (w == null) return;
                w.write("400 Bad Request: the URL holds characters that must be percent-encoded (RFC 3986), such as Chinese "
                        + "text typed into the query string. Encode the values, e.g.\n"
                        + "  curl -G --data-urlencode 'article=律师法第四十九条' http://localhost:8080/api/queries/items-by-article\n");
                w.flush();
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client went away; nothing more to say
            }
        }
    }
}

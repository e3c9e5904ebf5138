package uk.org.beacon.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * When a form is posted after the session has timed out, keep its content before sending the
 * person to sign in; the page they return to restores it.
 */
public class DraftKeepingEntryPoint implements AuthenticationEntryPoint {

    private final FormDrafts drafts;
    private final AuthenticationEntryPoint signIn;

    public DraftKeepingEntryPoint(FormDrafts drafts, String signInPage) {
        this.drafts = drafts;
        this.signIn = new LoginUrlAuthenticationEntryPoint(signInPage);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            drafts.keep(request, response);
        }
        signIn.commence(request, response, authException);
    }
}

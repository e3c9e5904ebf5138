package uk.org.beacon.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import org.springframework.web.bind.WebDataBinder;

/**
 * Keeps what someone typed when their session timed out before they pressed save. The form's
 * fields are held server-side against a random browser token; after signing in again the same
 * form opens with their content restored. Drafts older than a day are discarded.
 */
@Component
public class FormDrafts {

    static final String COOKIE = "BEACON_DRAFT";
    private static final Set<String> NOT_KEPT = Set.of("_csrf", "password");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    FormDrafts(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void keep(HttpServletRequest request, HttpServletResponse response) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name)) {
                fields.put(name, Arrays.asList(values));
            }
        });
        if (fields.isEmpty()) {
            return;
        }
        String token = token(request).orElseGet(() -> HexFormat.of().formatHex(randomBytes()));
        jdbc.sql("""
                    INSERT INTO web.form_draft (token, path, fields, saved_at) VALUES (:token, :path, CAST(:fields AS jsonb), :savedAt)
                    ON CONFLICT (token, path) DO UPDATE SET fields = EXCLUDED.fields, saved_at = EXCLUDED.saved_at
                    """)
                    .param("token", token)
                    .param("path", request.getRequestURI())
                    .param("fields", json.writeValueAsString(fields))
                    .param("savedAt", Timestamp.from(clock.instant()))
                    .update();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(1).toSeconds());
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }

    /** The fields kept for this page, removed as they are handed back. */
    @Transactional
    public Optional<Map<String, List<String>>> take(HttpServletRequest request) {
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("DELETE FROM web.form_draft WHERE saved_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
        Optional<String> fields = jdbc.sql("DELETE FROM web.form_draft WHERE token = :token AND path = :path RETURNING fields::text")
                .param("token", token.get())
                .param("path", request.getRequestURI())
                .query(String.class)
                .optional();
        return fields.map(text -> json.readValue(text, new TypeReference<Map<String, List<String>>>() {}));
    }

    /** Puts the kept fields back onto a form object, converting as a form post would. True if there were any. */
    public boolean restoreInto(HttpServletRequest request, Object form) {
        Optional<Map<String, List<String>>> fields = take(request);
        if (fields.isEmpty()) {
            return false;
        }
        MutablePropertyValues values = new MutablePropertyValues();
        fields.get().forEach((name, list) -> values.add(name, list.size() == 1 ? list.get(0) : list.toArray(String[]::new)));
        WebDataBinder binder = new WebDataBinder(form, "form");
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.setIgnoreUnknownFields(true);
        binder.bind(values);
        return true;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Optional<String> token(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[0-9a-f]{48}"))
                .map(Cookie::getValue)
                .findFirst();
    }
}

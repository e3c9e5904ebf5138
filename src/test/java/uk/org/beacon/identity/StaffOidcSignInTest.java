package uk.org.beacon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.org.beacon.BeaconIntegrationTest;

/**
 * Single sign-on against a stub issuer: the council's provider vouches for the person (an ID
 * token); Beacon's staff record decides whether they get in and with which roles.
 */
class StaffOidcSignInTest extends BeaconIntegrationTest {

    @Autowired StaffOidcUserService oidcUsers;
    @Autowired Staff staff;

    private static OidcUserRequest signInAs(String subject, String email) {
        ClientRegistration council = ClientRegistration.withRegistrationId("council")
                .clientId("beacon").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://issuer.invalid/authorize").tokenUri("https://issuer.invalid/token")
                .jwkSetUri("https://issuer.invalid/jwks").issuerUri("https://issuer.invalid")
                .scope("openid", "email").userNameAttributeName("sub")
                .build();
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", subject, "email", email, "iss", "https://issuer.invalid", "aud", "beacon"));
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
        return new OidcUserRequest(council, access, idToken);
    }

    @Test
    void aStaffMemberSigningInThroughTheCouncilProviderGetsTheirBeaconRoles() {
        OidcUser user = oidcUsers.loadUser(signInAs("sub-quality-1", "quality@demo.beacon.invalid"));

        assertThat(user.getName()).isEqualTo("quality");
        assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_QUALITY_PERFORMANCE");
        // the subject is linked, so a later sign-in matches without the email
        assertThat(oidcUsers.loadUser(signInAs("sub-quality-1", "changed@demo.beacon.invalid")).getName()).isEqualTo("quality");
    }

    @Test
    void someoneWithoutAStaffRecordIsRefused() {
        assertThatThrownBy(() -> oidcUsers.loadUser(signInAs("sub-stranger", "stranger@elsewhere.invalid")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}

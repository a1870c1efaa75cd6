package dev.perfgate.peers.jwt;

/**
 * Realistic access-token payloads. SMALL is what an OAuth server issues for a first-party API
 * (about 200 bytes of claims); RICH is an enterprise token with groups, roles, scopes and custom
 * claims (about 1.5 KB), where JSON decoding dominates a symmetric validation.
 *
 * <p>Immutable; thread-safe.
 */
public enum TokenShape {
    SMALL {
        @Override
        String extraClaims() {
            return "\"scope\":\"chat:read chat:write\",\"jti\":\"8c2f1e5a-3d4b-4c6e-9f0a-1b2c3d4e5f60\"";
        }
    },
    RICH {
        @Override
        String extraClaims() {
            StringBuilder roles = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                roles.append(i == 0 ? "" : ",").append("\"role-").append(i).append("-member\"");
            }
            StringBuilder custom = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                custom.append(",\"ext_claim_").append(i).append("\":\"value-").append(i).append("-abcdefghij\"");
            }
            return "\"scope\":\"openid profile email chat:read chat:write chat:admin files:read files:write "
                    + "presence:read presence:write\",\"jti\":\"8c2f1e5a-3d4b-4c6e-9f0a-1b2c3d4e5f60\","
                    + "\"roles\":[" + roles + "],\"realm_access\":{\"roles\":[" + roles + "]},"
                    + "\"email\":\"someone@example.com\",\"email_verified\":true,\"tenant\":42,"
                    + "\"azp\":\"chat-web\",\"sid\":\"a1b2c3d4-e5f6-4711-8899-aabbccddeeff\"" + custom;
        }
    };

    /** Members added after the registered claims (without braces, starting without a comma). */
    abstract String extraClaims();
}

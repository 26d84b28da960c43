package gov.enterprise.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyPersistenceIT {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tokensIssuedBeforeARestartStillVerifyAfterIt(@TempDir Path directory) throws Exception {
        Path keyFile = directory.resolve("identity/signing-key.json");

        String token;
        try (ConfigurableApplicationContext first = start(keyFile)) {
            token = token(port(first));
        }
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (ConfigurableApplicationContext second = start(keyFile)) {
            Jwt jwt = TokenEndpointIT.decoder("http://localhost:" + port(second) + "/.well-known/jwks.json")
                    .decode(token);
            assertThat(jwt.getSubject()).isEqualTo("head:NRP");
        }
    }

    private static ConfigurableApplicationContext start(Path keyFile) {
        return new SpringApplicationBuilder(DevIdentityApplication.class)
                .profiles("local")
                .run("--server.port=0", "--ticketing.identity.key-file=" + keyFile);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private String token(int port) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/token"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"head:NRP\"}"))
                        .header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
    }
}

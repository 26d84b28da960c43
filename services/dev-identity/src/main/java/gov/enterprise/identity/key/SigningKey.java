package gov.enterprise.identity.key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key tokens are signed with, kept as a JWK in a file so that tokens issued before a restart still
 * verify after it. Created on first start; a file that exists but can't be read is an error, never silently
 * replaced (that would invalidate every token in circulation).
 */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    public static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!key.isPrivate()) {
                    throw new IllegalStateException("Signing key file " + file + " holds no private key");
                }
                log.info("Signing tokens with key {} from {}", key.getKeyID(), file.toAbsolutePath());
                return new SigningKey(key);
            }
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            write(file, key.toJSONString());
            log.info("Created signing key {} in {}", key.getKeyID(), file.toAbsolutePath());
            return new SigningKey(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Can't read or write the signing key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key file " + file + " is not a JWK: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Can't generate a signing key", e);
        }
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a key behind. */
    private static void write(Path file, String json) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
        try {
            ownerOnly(temporary);
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the directory's default permissions
        }
    }

    public RSAKey privateKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The JWK Set with the public half only, as served at the JWKS endpoint. */
    public Map<String, Object> publicJwkSet() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }
}

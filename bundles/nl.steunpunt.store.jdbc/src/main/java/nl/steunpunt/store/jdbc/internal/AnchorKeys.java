package nl.steunpunt.store.jdbc.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The keys of the audit anchors, kept as files outside the database: this node's Ed25519 key pair
 * ({@code steunpunt-audit-anchor.key}, readable by the platform's system user only, and {@code
 * steunpunt-audit-anchor.pub}), made on the first start, and the public keys of earlier anchors
 * that are still to be trusted ({@code steunpunt-audit-anchor-trusted/*.pub}: those of the platform
 * a backup was restored from, or a replaced key). A key's id is the start of the SHA-256 of its
 * public key.
 */
final class AnchorKeys {

  static final String PRIVATE_KEY = "steunpunt-audit-anchor.key";
  static final String PUBLIC_KEY = "steunpunt-audit-anchor.pub";
  static final String TRUSTED = "steunpunt-audit-anchor-trusted";

  private static final String ALGORITHM = "Ed25519";

  private final PrivateKey privateKey;
  private final String publicKeyText;
  private final String keyId;
  private final Map<String, PublicKey> trusted;

  private AnchorKeys(PrivateKey privateKey, PublicKey publicKey, Map<String, PublicKey> trusted) {
    this.privateKey = privateKey;
    this.publicKeyText = encode(publicKey.getEncoded());
    this.keyId = idOf(publicKey);
    this.trusted = new HashMap<>(trusted);
    this.trusted.put(keyId, publicKey);
  }

  /** Reads this node's key pair from the folder, making it first if there is none. */
  static AnchorKeys in(Path folder) throws IOException, GeneralSecurityException {
    Path privateFile = folder.resolve(PRIVATE_KEY);
    Path publicFile = folder.resolve(PUBLIC_KEY);
    if (!Files.exists(privateFile)) {
      make(privateFile, publicFile);
    }
    KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
    PrivateKey privateKey =
        factory.generatePrivate(new PKCS8EncodedKeySpec(decode(Files.readString(privateFile))));
    PublicKey publicKey =
        factory.generatePublic(new X509EncodedKeySpec(decode(Files.readString(publicFile))));
    Map<String, PublicKey> trusted = new HashMap<>();
    Path trustedFolder = folder.resolve(TRUSTED);
    if (Files.isDirectory(trustedFolder)) {
      try (Stream<Path> files = Files.list(trustedFolder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".pub")).toList()) {
          PublicKey key =
              factory.generatePublic(new X509EncodedKeySpec(decode(Files.readString(file))));
          trusted.put(idOf(key), key);
        }
      }
    }
    return new AnchorKeys(privateKey, publicKey, trusted);
  }

  private static void make(Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(privateFile.getParent());
    KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    try {
      Files.createFile(
          privateFile,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(privateFile);
    } catch (FileAlreadyExistsException another) {
      return;
    }
    Files.writeString(publicFile, encode(pair.getPublic().getEncoded()));
    Files.writeString(privateFile, encode(pair.getPrivate().getEncoded()));
  }

  /** This node's public key, as its file holds it. */
  String publicKeyText() {
    return publicKeyText;
  }

  /** The id of the key this node signs with. */
  String keyId() {
    return keyId;
  }

  /** Signs the text with this node's key. */
  String sign(String text) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(privateKey);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The audit anchor could not be signed", e);
    }
  }

  /** Whether the anchor is signed by a trusted key; empty when its key is not known at all. */
  Optional<Boolean> signedBy(Anchor anchor) {
    PublicKey key = trusted.get(anchor.keyId());
    if (key == null) {
      return Optional.empty();
    }
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(anchor.signed().getBytes(StandardCharsets.UTF_8));
      return Optional.of(signature.verify(Base64.getDecoder().decode(anchor.signature())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.of(false);
    }
  }

  static String idOf(PublicKey key) {
    return Anchor.digest(encode(key.getEncoded())).substring(0, 16);
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes) + "\n";
  }

  private static byte[] decode(String text) {
    return Base64.getDecoder().decode(text.strip());
  }
}

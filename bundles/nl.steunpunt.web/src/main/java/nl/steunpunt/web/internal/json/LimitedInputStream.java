package nl.steunpunt.web.internal.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails a read that goes past a number of bytes, whatever the Content-Length header claimed. */
final class LimitedInputStream extends FilterInputStream {

  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded() {
      super("request body too large", null);
    }
  }

  private long remaining;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.remaining = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      consume(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      consume(n);
    }
    return n;
  }

  private void consume(int n) throws LimitExceeded {
    remaining -= n;
    if (remaining < 0) {
      throw new LimitExceeded();
    }
  }
}

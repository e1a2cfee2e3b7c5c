package nl.steunpunt.web.internal.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Servlet;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.platform.ClusterSignals;
import nl.steunpunt.api.platform.PlatformMetrics;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.RequestActor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/ui/events}: server-sent events for the shell. An {@code extensions} event with
 * the version of the UI extensions at once and after every change, and a comment every 25 seconds
 * so that idle connections stay open. Asynchronous: an open stream holds no container thread.
 *
 * <p>On several nodes, each node tells the others when its extensions changed ({@link
 * ClusterSignals}, topic {@value #TOPIC}), and their streams send an {@code extensions} event
 * without a version: the shell, whose stream may be on another node than the one an operator just
 * changed, then asks for the list again.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-ui-events")
@HttpWhiteboardServletPattern("/api/v1/ui/events")
@HttpWhiteboardServletAsyncSupported
public final class UiEventsServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(UiEventsServlet.class);

  static final String TOPIC = "ui-extensions";
  static final long KEEP_ALIVE_SECONDS = 25;
  static final int MAX_STREAMS = 1_000;

  private final transient UiExtensions extensions;
  private final transient ScheduledExecutorService writer;
  private final transient EventStreams streams;
  private final transient LongConsumer listener;
  private final transient ClusterSignals signals;
  private final transient AutoCloseable listening;
  // Tells this node's own signals (which come back to it) from the other nodes'.
  private final String node = UUID.randomUUID().toString();

  @Activate
  public UiEventsServlet(
      @Reference JsonCodec json,
      @Reference UiExtensions extensions,
      @Reference ClusterSignals signals) {
    super(json);
    this.extensions = extensions;
    this.signals = signals;
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "steunpunt-ui-events");
              thread.setDaemon(true);
              return thread;
            });
    this.streams = new EventStreams(writer, MAX_STREAMS, this::counted);
    this.listener = this::changedHere;
    this.listening = signals.listen(TOPIC, this::signalled);
    extensions.addListener(listener);
    writer.scheduleAtFixedRate(
        streams::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
  }

  private void changedHere(long version) {
    streams.changed(version);
    // On the writer, not on the thread that changed the extensions (a trust or service event):
    // sending needs a connection from the pool, which may have to wait.
    writer.execute(
        () -> {
          try {
            signals.send(TOPIC, node);
          } catch (RuntimeException e) {
            // This node's pages know; the others' learn when their own list changes or reload.
            LOG.warn(
                "The other nodes could not be told of a UI extension change: {}", e.getMessage());
          }
        });
  }

  private void signalled(String from) {
    if (!from.equals(node)) {
      streams.elsewhere();
    }
  }

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile PlatformMetrics metrics;

  private void counted(int open) {
    PlatformMetrics current = metrics;
    if (current != null) {
      current.openStreams(open);
    }
  }

  @Deactivate
  void deactivate() {
    try {
      listening.close();
    } catch (Exception e) {
      LOG.warn("Could not stop listening to the other nodes: {}", e.getClass().getName());
    }
    extensions.removeListener(listener);
    writer.shutdownNow();
    streams.closeAll();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RequestActor.of(request);
    if (streams.size() >= MAX_STREAMS) {
      throw new ProblemException(503, "Service Unavailable", "Too many open event streams.");
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/event-stream");
    response.setCharacterEncoding("UTF-8");
    // Proxies such as nginx would otherwise hold the events back.
    response.setHeader("X-Accel-Buffering", "no");
    AsyncContext async = request.startAsync(request, response);
    async.setTimeout(0);
    response.flushBuffer();
    AsyncSink sink = new AsyncSink(async);
    async.addListener(sink);
    if (!streams.open(sink, () -> extensions.snapshot().version())) {
      sink.close();
    }
  }

  /** A stream on an asynchronous response. */
  private final class AsyncSink implements EventStreams.Sink, AsyncListener {
    private final AsyncContext async;
    private final ServletOutputStream out;

    AsyncSink(AsyncContext async) throws IOException {
      this.async = async;
      this.out = async.getResponse().getOutputStream();
    }

    @Override
    public synchronized void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    @Override
    public void close() {
      streams.closed(this);
      try {
        async.complete();
      } catch (IllegalStateException alreadyComplete) {
        // The container ended it first.
      }
    }

    @Override
    public void onComplete(AsyncEvent event) {
      streams.closed(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      close();
    }

    @Override
    public void onError(AsyncEvent event) {
      close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // Not restarted.
    }
  }
}

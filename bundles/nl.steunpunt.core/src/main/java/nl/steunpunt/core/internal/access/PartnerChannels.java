package nl.steunpunt.core.internal.access;

import java.util.Optional;
import nl.steunpunt.api.access.Channel;

/**
 * Tells the access policy what a partner channel reaches. Only a bundle that is installed, on the
 * allow-list and granted has a reach; the policy refuses every other partner channel.
 */
public interface PartnerChannels {

  /** The reach of the bundle the channel names, asked on every decision; empty when none. */
  Optional<PartnerReach> reachOf(Channel.PartnerBundle channel);
}

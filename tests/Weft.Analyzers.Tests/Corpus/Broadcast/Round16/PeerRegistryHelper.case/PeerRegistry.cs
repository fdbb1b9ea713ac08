// Two files: a peer registry (here) whose Peers() helper returns its own list; the gossip handler in the other file
// broadcasts what Peers() returns (judged by every return of the helper: a List<string>, WEFT0007 at the argument).
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Broadcast.R16.PeerRegistryHelper;

public sealed class PeerRegistry
{
    private readonly List<string> _peers = new();

    public void Join(string peer)
    {
        if (!_peers.Contains(peer))
            _peers.Add(peer);
    }

    public IReadOnlyList<string> Peers() => _peers;
}

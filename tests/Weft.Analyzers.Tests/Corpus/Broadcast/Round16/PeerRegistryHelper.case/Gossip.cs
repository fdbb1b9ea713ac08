using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R16.PeerRegistryHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerView
{
    private readonly HashSet<string> _known = new();

    [WorkerUpdate]
    private void Replace(IReadOnlyList<string> peers)
    {
        _known.Clear();
        _known.UnionWith(peers);
    }
}

public static class GossipHandler
{
    public static Task OnGossip(WorkerPool pool, PeerRegistry registry, string from)
    {
        registry.Join(from);
        return PeerView.ReplaceOnAllWorkersAsync(pool, registry.Peers()); // expect: WEFT0007
    }
}

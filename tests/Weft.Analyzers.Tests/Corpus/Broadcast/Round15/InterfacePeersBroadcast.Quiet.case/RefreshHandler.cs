using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.InterfacePeersBroadcastQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerPool
{
    private readonly List<string> _peers = [];

    [WorkerUpdate]
    public void Replace(IReadOnlyList<string> peers)
    {
        _peers.Clear();
        _peers.AddRange(peers);
    }
}

public sealed class RefreshHandler(WorkerPool pool, IPeerSource source)
{
    public Task RefreshAsync() => PeerPool.ReplaceOnAllWorkersAsync(pool, source.Peers());
}

using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.OverrideReturnsField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Mesh
{
    private IReadOnlyList<string> _peers = new List<string>();

    [WorkerUpdate]
    private void SetPeers(IReadOnlyList<string> peers) => _peers = peers;
}

public static class Sync
{
    public static Task Push(WorkerPool pool, PeerSource source) => Mesh.SetPeersOnAllWorkersAsync(pool, source.Peers()); // expect: WEFT0007

    public static Task PushStatic(WorkerPool pool) => Push(pool, new StaticPeers());
}

// WEFT0007 across files: the [ThreadLocalSlot] type and its [WorkerUpdate] method are here; BlockSources.cs builds
// the list, and Admin.cs broadcasts it with the generated ...OnAllWorkersAsync.
using System.Collections.Generic;
using Weft;

namespace Corpus.Broadcast.R9.ArgumentBuiltElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Firewall
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(IReadOnlyList<string> addresses) => _blocked.UnionWith(addresses);
}

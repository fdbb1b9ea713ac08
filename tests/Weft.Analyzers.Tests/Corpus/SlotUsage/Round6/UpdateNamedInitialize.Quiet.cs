// Quiet twin of UpdateNamedInitialize: the update is named `Seed`.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateNamedInitialize;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly Dictionary<string, int> _items = new();

    [WorkerUpdate] public void Seed(string seed) => _items[seed] = 0;
}

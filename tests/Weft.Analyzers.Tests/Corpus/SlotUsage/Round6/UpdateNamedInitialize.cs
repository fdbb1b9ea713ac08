// WEFT0109: the [WorkerUpdate] method itself is named `Initialize`, a member the generator emits in per-worker mode.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateNamedInitialize;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly Dictionary<string, int> _items = new();

    [WorkerUpdate] public void Initialize(string seed) => _items[seed] = 0; // expect: WEFT0109 "Initialize"
}

// WEFT0107 on an update whose parameters are named `pool` and `onAllApplied`, the names of the generated sender's
// own parameters (`<Name>OnAllWorkersAsync(pool, args…)`, callback form `(…, Action onAllApplied)`).
using System;
using Weft;

namespace Corpus6a.UpdateParamsNamedLikeGenerated;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Registry
{
    private string _pool = "";

    [WorkerUpdate] public bool Rename(string pool, Action onAllApplied) { _pool = pool; return true; } // expect: WEFT0107 "Rename"
}

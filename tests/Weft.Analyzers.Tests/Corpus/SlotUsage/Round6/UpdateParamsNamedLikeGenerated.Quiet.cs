// Quiet twin of UpdateParamsNamedLikeGenerated: a void update whose parameters are named `pool` and `onAllApplied`;
// no page forbids those names, so the generated sender must still compile.
using System;
using Weft;

namespace Corpus6a.UpdateParamsNamedLikeGenerated;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Registry
{
    private string _pool = "";

    [WorkerUpdate] public void Rename(string pool, Action onAllApplied) { _pool = pool; }
}

// WEFT0100 and WEFT0106 together: a non-partial snapshot type (nothing generated) with a [WorkerUpdate] method.
using Weft;

namespace Corpus6a.UpdateOnNotPartialSnapshot;

[ThreadLocalSlot]
public sealed class Routes // expect: WEFT0100 "Routes"
{
    public int Version { get; init; }

    [WorkerUpdate] public void Touch() { } // expect: WEFT0106 "Touch"
}

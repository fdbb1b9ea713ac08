// WEFT0106: the mode is a constant conditional expression that evaluates to Snapshot; only the bound attribute value
// tells the mode.
using Weft;

namespace Corpus6a.ModeConditionalConstant;

public static class Flags
{
    public const bool PerWorker = false;
}

[ThreadLocalSlot(Mode = Flags.PerWorker ? SlotMode.PerWorker : SlotMode.Snapshot)]
public sealed partial class Routes
{
    public int Version { get; init; }

    [WorkerUpdate] public void Refresh() { } // expect: WEFT0106 "Refresh"
}

// Quiet twin of ModeConditionalConstant: the same conditional evaluates to PerWorker.
using Weft;

namespace Corpus6a.ModeConditionalConstant;

public static class Flags
{
    public const bool PerWorker = true;
}

[ThreadLocalSlot(Mode = Flags.PerWorker ? SlotMode.PerWorker : SlotMode.Snapshot)]
public sealed partial class Routes
{
    private int _version;

    [WorkerUpdate] public void Refresh() => _version++;
}

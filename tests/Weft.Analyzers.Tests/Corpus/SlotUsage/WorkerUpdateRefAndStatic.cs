using Weft;

namespace Corpus.SlotUsage.RefAndStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private static int s_resets;
    private int _value;

    [WorkerUpdate] private void Read(out int value) { value = _value; } // expect: WEFT0108
    [WorkerUpdate] private static void ResetAll() { s_resets = 0; } // expect: WEFT0108
    [WorkerUpdate] private void Set<T>(T value) { _value = value?.GetHashCode() ?? 0; } // expect: WEFT0108
}

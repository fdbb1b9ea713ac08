using Weft;

namespace Corpus.SlotUsage.RefAndStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private int _value;

    [WorkerUpdate] private void Set(int value) { _value = value; }
    [WorkerUpdate] private void Reset() { _value = 0; }

    public int Value => _value;
}

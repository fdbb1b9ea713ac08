// User members whose names do not collide with generated ones.
using Weft;

namespace Corpus.SlotUsage.Clash;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counter
{
    public static int Default => 42;
    private int _value;

    [WorkerUpdate] private void Add(int amount) => _value += amount;

    public static void AddToAll() { }

    public int Value => _value;
}

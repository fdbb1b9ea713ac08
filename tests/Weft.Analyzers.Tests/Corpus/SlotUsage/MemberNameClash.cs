// The user declares members with the generator's names: the generated ones are not emitted.
using Weft;

namespace Corpus.SlotUsage.Clash;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counter
{
    public static int Current => 42; // expect: WEFT0109
    private int _value;

    [WorkerUpdate] private void Add(int amount) => _value += amount;

    public static void AddOnAllWorkers() { } // expect: WEFT0109

    public int Value => _value;
}

// TryGetCurrent inside Task.Run always misses: the pool thread has no slot.
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.TryGet;

[ThreadLocalSlot]
public sealed partial class Throttle
{
    public int PerSecond { get; init; }
}

public static class Background
{
    public static Task<int> BudgetAsync() => Task.Run(() => Throttle.TryGetCurrent(out var t) ? t.PerSecond : 0); // expect: WEFT0005
}

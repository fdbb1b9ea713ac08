// TryGetCurrent on the caller's thread (maybe a worker); the background task gets the number.
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
    public static Task<int> BudgetAsync()
    {
        int budget = Throttle.TryGetCurrent(out var t) ? t.PerSecond : 0;
        return Task.Run(() => budget * 2);
    }
}

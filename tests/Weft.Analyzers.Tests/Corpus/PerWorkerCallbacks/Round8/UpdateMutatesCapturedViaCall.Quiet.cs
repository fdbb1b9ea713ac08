// Twin: the method only reads the settings.
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.UpdateMutatesCapturedViaCallQuiet;

public sealed class LimitSettings
{
    public int Applied;
    public int PerSecond = 100;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    private int _perSecond;

    public void Apply(LimitSettings settings) => _perSecond = settings.PerSecond;
}

public static class Tuning
{
    public static Task ApplyAsync(WorkerPool pool, int perSecond)
    {
        var settings = new LimitSettings { PerSecond = perSecond };
        return RateLimiter.UpdateAllAsync(pool, l => l.Apply(settings));
    }
}

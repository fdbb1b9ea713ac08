// WEFT0008: the update hands a captured settings object to the handed instance's method, which writes it.
// Reported at the update or inside the method: #escape.
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.UpdateMutatesCapturedViaCall;

public sealed class LimitSettings
{
    public int Applied;
    public int PerSecond = 100;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    private int _perSecond;

    public void Apply(LimitSettings settings)
    {
        _perSecond = settings.PerSecond;
        settings.Applied++; // expect: WEFT0008 #escape
    }
}

public static class Tuning
{
    public static Task ApplyAsync(WorkerPool pool, int perSecond)
    {
        var settings = new LimitSettings { PerSecond = perSecond };
        return RateLimiter.UpdateAllAsync(pool, l => l.Apply(settings)); // expect: WEFT0008 #escape
    }
}

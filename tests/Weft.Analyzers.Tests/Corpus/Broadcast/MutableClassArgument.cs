// A settings class with setters, broadcast to every worker.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.MutableClass;

public sealed class Throttle
{
    public int PerSecond { get; set; }
    public int Burst { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private int _perSecond;
    private int _burst;

    [WorkerUpdate]
    private void Configure(Throttle throttle)
    {
        _perSecond = throttle.PerSecond;
        _burst = throttle.Burst;
    }

    public int Budget => _perSecond + _burst;
}

public static class LimiterAdmin
{
    public static Task SetAsync(WorkerPool pool, int perSecond)
    {
        var throttle = new Throttle { PerSecond = perSecond, Burst = perSecond / 10 };
        return Limiter.ConfigureOnAllWorkersAsync(pool, throttle); // expect: WEFT0007
    }
}

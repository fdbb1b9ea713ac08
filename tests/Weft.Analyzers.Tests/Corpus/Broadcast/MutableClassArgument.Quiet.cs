// A positional record with value members, broadcast to every worker; strings and tuples of values too.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.MutableClass;

public sealed record Throttle(int PerSecond, int Burst);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private int _perSecond;
    private int _burst;
    private string _name = "";

    [WorkerUpdate]
    private void Configure(Throttle throttle)
    {
        _perSecond = throttle.PerSecond;
        _burst = throttle.Burst;
    }

    [WorkerUpdate]
    private void Rename(string name, (int Major, int Minor) version) => _name = name + version.Major;

    public int Budget => _perSecond + _burst + _name.Length;
}

public static class LimiterAdmin
{
    public static async Task SetAsync(WorkerPool pool, int perSecond)
    {
        await Limiter.ConfigureOnAllWorkersAsync(pool, new Throttle(perSecond, perSecond / 10));
        await Limiter.RenameOnAllWorkersAsync(pool, "edge", (1, 2));
    }
}

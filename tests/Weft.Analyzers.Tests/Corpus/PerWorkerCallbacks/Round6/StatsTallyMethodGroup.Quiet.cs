// Quiet twin of StatsTallyMethodGroup: the method adds with Interlocked.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.StatsTallyMethodGroup;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestCounter
{
    private long _requests;

    public long Requests => _requests;

    public void Hit() => _requests++;
}

public sealed class AdminStats
{
    private readonly WorkerPool _pool;
    private long _total;

    public AdminStats(WorkerPool pool) => _pool = pool;

    public async Task<long> TotalAsync()
    {
        Interlocked.Exchange(ref _total, 0);
        await RequestCounter.UpdateAllAsync(_pool, Tally);
        return Interlocked.Read(ref _total);
    }

    private void Tally(RequestCounter counter)
    {
        Interlocked.Add(ref _total, counter.Requests);
    }
}

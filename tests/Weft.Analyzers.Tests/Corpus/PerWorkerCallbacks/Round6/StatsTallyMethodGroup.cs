// Stats aggregator on main: the admin object tallies every worker's request count with an update that runs on
// every worker. Defect: the update is the admin's own instance method given as a method group; it adds into the
// admin's field (WEFT0008: a callback run on every thread that increments an instance field; #escape: reported
// where the method group is handed over or at the write in the method).
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
        await RequestCounter.UpdateAllAsync(_pool, Tally); // expect: WEFT0008 #escape
        return Interlocked.Read(ref _total);
    }

    private void Tally(RequestCounter counter)
    {
        _total += counter.Requests; // expect: WEFT0008 #escape
    }
}

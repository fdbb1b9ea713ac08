using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.WorkerState.R9.DelegateBuiltElsewhere;

public static class Evictions
{
    public static void Evict(string host)
    {
        Cache cache = Cache.Current;
        _ = Task.Run(Jobs.Forget(cache.ByHost, host)); // expect: WEFT0004
    }
}

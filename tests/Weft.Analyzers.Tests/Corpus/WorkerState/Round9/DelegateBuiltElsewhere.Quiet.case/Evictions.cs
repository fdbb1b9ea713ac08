using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.WorkerState.R9.DelegateBuiltElsewhere;

public static class Evictions
{
    public static void Evict(string host)
    {
        Cache cache = Cache.Current;
        Dispatcher.Current!.Post(Jobs.Forget(cache.ByHost, host));
    }
}

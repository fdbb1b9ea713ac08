using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.WorkerState.R9.MethodReturnsInternals;

public static class Janitor
{
    public static void ClearSoon()
    {
        Dictionary<string, byte[]> entries = Cache.Current.Entries();
        Dispatcher.Current!.Post(() => entries.Clear());
    }
}

// Twin: Interlocked.Increment.
using System.Threading;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.FileScopedStaticCounterQuiet;

file static class Counters
{
    public static int Accepted;
}

public static class Acceptor
{
    public static void OnAccept(Dispatcher worker) => worker.Post(() => Interlocked.Increment(ref Counters.Accepted));
}

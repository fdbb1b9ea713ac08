// WEFT0006: a file-local static class's counter incremented from a posted callback.
using Weft.Threading;

namespace Corpus.StaticWrites.R8.FileScopedStaticCounter;

file static class Counters
{
    public static int Accepted;
}

public static class Acceptor
{
    public static void OnAccept(Dispatcher worker) => worker.Post(() => Counters.Accepted++); // expect: WEFT0006
}

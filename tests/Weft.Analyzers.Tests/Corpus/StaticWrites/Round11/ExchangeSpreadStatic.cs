// Interlocked.Exchange stores a value computed from the same static (a spread of it): the read and the exchange are
// separate, so it is a read-modify-write like `s_hosts = [.. s_hosts, host]`.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R11.ExchangeSpreadStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Discovery
{
    private static ImmutableList<string> s_hosts = ImmutableList<string>.Empty;

    private int _seen;

    [WorkerUpdate]
    private void Found(string host)
    {
        _seen++;
        Interlocked.Exchange(ref s_hosts, [.. s_hosts, host]); // expect: WEFT0006
    }
}

// Quiet twin: ImmutableInterlocked.Update retries until its compare-exchange wins.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.ExchangeSpreadStaticQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Discovery
{
    private static ImmutableList<string> s_hosts = ImmutableList<string>.Empty;

    private int _seen;

    [WorkerUpdate]
    private void Found(string host)
    {
        _seen++;
        ImmutableInterlocked.Update(ref s_hosts, static (hosts, h) => hosts.Add(h), host);
    }
}

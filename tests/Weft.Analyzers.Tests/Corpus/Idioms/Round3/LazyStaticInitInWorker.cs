// Round 3. A member of a per-worker slot type lazily fills a static cache with ??= (two workers may both see null)
// and then clears and appends to the one shared builder: both lines race.
using System.Collections.Generic;
using System.Text;
using Weft;

namespace Corpus.Idioms.Round3.LazyStaticInitInWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Formatter
{
    private static StringBuilder? s_scratch;

    public string Format(int value)
    {
        s_scratch ??= new StringBuilder(); // expect: WEFT0006
        return s_scratch.Clear().Append(value).ToString(); // expect: WEFT0006 "s_scratch"
    }
}

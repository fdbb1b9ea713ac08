// Round 3. The scratch builder is [ThreadStatic]: each thread has its own, ??= is safe.
using System.Collections.Generic;
using System;
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
    [ThreadStatic]
    private static StringBuilder? s_scratch;

    public string Format(int value)
    {
        s_scratch ??= new StringBuilder();
        return s_scratch.Clear().Append(value).ToString();
    }
}
